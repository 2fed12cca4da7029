using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CallerLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmailLookup",
                table: "PrivacyRequests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LookupVersion",
                table: "PrivacyRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "NameLookup",
                table: "PrivacyRequests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneLookup",
                table: "PrivacyRequests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_EmailLookup",
                table: "PrivacyRequests",
                column: "EmailLookup");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_LookupVersion",
                table: "PrivacyRequests",
                column: "LookupVersion",
                filter: "LookupVersion < 1");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_NameLookup",
                table: "PrivacyRequests",
                column: "NameLookup");

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyRequests_PhoneLookup",
                table: "PrivacyRequests",
                column: "PhoneLookup");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_EmailLookup",
                table: "PrivacyRequests");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_LookupVersion",
                table: "PrivacyRequests");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_NameLookup",
                table: "PrivacyRequests");

            migrationBuilder.DropIndex(
                name: "IX_PrivacyRequests_PhoneLookup",
                table: "PrivacyRequests");

            migrationBuilder.DropColumn(
                name: "EmailLookup",
                table: "PrivacyRequests");

            migrationBuilder.DropColumn(
                name: "LookupVersion",
                table: "PrivacyRequests");

            migrationBuilder.DropColumn(
                name: "NameLookup",
                table: "PrivacyRequests");

            migrationBuilder.DropColumn(
                name: "PhoneLookup",
                table: "PrivacyRequests");
        }
    }
}
