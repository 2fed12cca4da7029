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

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_IsOpen_Status_Type",
                table: "PrivacyRequests",
                columns: new[] { "IsOpen", "Status", "Type" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_ClosedAt",
                table: "PrivacyRequests");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_IsOpen_Status_Type",
                table: "PrivacyRequests");
        }
    }
}
