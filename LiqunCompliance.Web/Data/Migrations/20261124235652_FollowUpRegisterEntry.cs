using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpRegisterEntry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite adds a nullable column with its foreign key in place; EF's AddForeignKey would rebuild the table
            // outside the migration's transaction (PRAGMA foreign_keys = 0), which a crash could leave half done.
            migrationBuilder.Sql("""
                ALTER TABLE "FollowUpTasks" ADD COLUMN "RegisterEntryId" TEXT NULL
                    CONSTRAINT "FK_FollowUpTasks_RegisterEntries_RegisterEntryId" REFERENCES "RegisterEntries" ("Id") ON DELETE RESTRICT;
                """);

            // Follow-ups added before this link existed name their recipient; those naming a register entry get its id.
            migrationBuilder.Sql("""
                UPDATE "FollowUpTasks" SET "RegisterEntryId" = (
                    SELECT e."Id" FROM "RegisterEntries" e WHERE e."Name" = "FollowUpTasks"."Recipient"
                    ORDER BY CASE WHEN e."Status" = 'Active' THEN 0 ELSE 1 END LIMIT 1)
                """);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_Recipient",
                table: "FollowUpTasks",
                column: "Recipient");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_RegisterEntryId",
                table: "FollowUpTasks",
                column: "RegisterEntryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FollowUpTasks_RegisterEntries_RegisterEntryId",
                table: "FollowUpTasks");

            migrationBuilder.DropIndex(
                name: "IX_FollowUpTasks_Recipient",
                table: "FollowUpTasks");

            migrationBuilder.DropIndex(
                name: "IX_FollowUpTasks_RegisterEntryId",
                table: "FollowUpTasks");

            migrationBuilder.DropColumn(
                name: "RegisterEntryId",
                table: "FollowUpTasks");
        }
    }
}
