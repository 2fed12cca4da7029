using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class QueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_AssigneeId_Status_DueDate",
                table: "PrivacyRequests");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_Channel_Status",
                table: "PrivacyRequests");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_Type_Status",
                table: "PrivacyRequests");

            migrationBuilder.AddColumn<string>(
                name: "MaskedContact",
                table: "PrivacyRequests",
                type: "TEXT",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MaskedName",
                table: "PrivacyRequests",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DueSortKey",
                table: "PrivacyRequests",
                type: "TEXT",
                maxLength: 10,
                nullable: true,
                computedColumnSql: "coalesce(DueDate, '9999-12-31')",
                stored: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsOpen",
                table: "PrivacyRequests",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "Status NOT IN ('Completed', 'Rejected', 'Withdrawn')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_AssigneeId_IsOpen_DueSortKey",
                table: "PrivacyRequests",
                columns: new[] { "AssigneeId", "IsOpen", "DueSortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_CalendarWarning_IsOpen",
                table: "PrivacyRequests",
                columns: new[] { "CalendarWarning", "IsOpen" },
                filter: "CalendarWarning IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_Channel_IsOpen_DueSortKey",
                table: "PrivacyRequests",
                columns: new[] { "Channel", "IsOpen", "DueSortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_IsOpen_DueSortKey_ReceivedAt",
                table: "PrivacyRequests",
                columns: new[] { "IsOpen", "DueSortKey", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_Type_IsOpen_DueSortKey_ReceivedAt",
                table: "PrivacyRequests",
                columns: new[] { "Type", "IsOpen", "DueSortKey", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_AssigneeId_IsOpen_DueSortKey",
                table: "PrivacyRequests");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_CalendarWarning_IsOpen",
                table: "PrivacyRequests");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_Channel_IsOpen_DueSortKey",
                table: "PrivacyRequests");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_IsOpen_DueSortKey_ReceivedAt",
                table: "PrivacyRequests");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_Type_IsOpen_DueSortKey_ReceivedAt",
                table: "PrivacyRequests");

            migrationBuilder.DropColumn(
                name: "DueSortKey",
                table: "PrivacyRequests");

            migrationBuilder.DropColumn(
                name: "IsOpen",
                table: "PrivacyRequests");

            migrationBuilder.DropColumn(
                name: "MaskedContact",
                table: "PrivacyRequests");

            migrationBuilder.DropColumn(
                name: "MaskedName",
                table: "PrivacyRequests");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_AssigneeId_Status_DueDate",
                table: "PrivacyRequests",
                columns: new[] { "AssigneeId", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_Channel_Status",
                table: "PrivacyRequests",
                columns: new[] { "Channel", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_Type_Status",
                table: "PrivacyRequests",
                columns: new[] { "Type", "Status" });
        }
    }
}
