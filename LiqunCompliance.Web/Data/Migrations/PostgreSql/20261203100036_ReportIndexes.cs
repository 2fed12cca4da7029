using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_ClosedAt",
                table: "PrivacyRequests");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_ClosedAt_ReceivedAt_DueDate_IsOpen",
                table: "PrivacyRequests",
                columns: new[] { "ClosedAt", "ReceivedAt", "DueDate", "IsOpen" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_DueDate_ReceivedAt_ClosedAt",
                table: "PrivacyRequests",
                columns: new[] { "DueDate", "ReceivedAt", "ClosedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_ClosedAt_ReceivedAt_DueDate_IsOpen",
                table: "PrivacyRequests");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_DueDate_ReceivedAt_ClosedAt",
                table: "PrivacyRequests");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_ClosedAt",
                table: "PrivacyRequests",
                column: "ClosedAt");
        }
    }
}
