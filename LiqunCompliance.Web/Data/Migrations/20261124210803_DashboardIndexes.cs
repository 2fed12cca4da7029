using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_ClosedAt",
                table: "PrivacyRequests",
                column: "ClosedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_ClosedAt",
                table: "PrivacyRequests");
        }
    }
}
