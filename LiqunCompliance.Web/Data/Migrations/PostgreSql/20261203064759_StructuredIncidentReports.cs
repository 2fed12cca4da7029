using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StructuredIncidentReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "SentAt",
                table: "IncidentReports",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<long>(
                name: "CreatedAt",
                table: "IncidentReports",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Fields",
                table: "IncidentReports",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "IncidentReports",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Sent");

            // Reports recorded before the structured form were sent when recorded: they were created then too.
            migrationBuilder.Sql("UPDATE \"IncidentReports\" SET \"CreatedAt\" = \"SentAt\" WHERE \"SentAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "IncidentReports");

            migrationBuilder.DropColumn(
                name: "Fields",
                table: "IncidentReports");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "IncidentReports");

            migrationBuilder.AlterColumn<long>(
                name: "SentAt",
                table: "IncidentReports",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);
        }
    }
}
