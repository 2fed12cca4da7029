using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReportRunStates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "ReportRuns",
                type: "integer",
                nullable: false,
                defaultValue: 1); // a run written before attempts were counted was one attempt

            migrationBuilder.AddColumn<string>(
                name: "Error",
                table: "ReportRuns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "ReportRuns");

            migrationBuilder.DropColumn(
                name: "Error",
                table: "ReportRuns");
        }
    }
}
