using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReferenceCountersAndRequestClient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SubmittedByClientId",
                table: "PrivacyRequests",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReferenceCounters",
                columns: table => new
                {
                    Series = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceCounters", x => x.Series);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_SubmittedByClientId",
                table: "PrivacyRequests",
                column: "SubmittedByClientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferenceCounters");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_SubmittedByClientId",
                table: "PrivacyRequests");

            migrationBuilder.DropColumn(
                name: "SubmittedByClientId",
                table: "PrivacyRequests");
        }
    }
}
