using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PolicyRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PolicyDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    ChangeSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MajorChanges = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NoticePlan = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LastEditedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LastEditedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyRevisions_PolicyDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "PolicyDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyDocuments_Key",
                table: "PolicyDocuments",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyRevisions_DocumentId_Label",
                table: "PolicyRevisions",
                columns: new[] { "DocumentId", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyRevisions_Status_EffectiveDate",
                table: "PolicyRevisions",
                columns: new[] { "Status", "EffectiveDate" });

            // Published text never changes (policy 七.3): once a revision has a hash, its label, text and hash are fixed
            // and it cannot be deleted, whatever writes to the database.
            migrationBuilder.Sql("CREATE TRIGGER PolicyRevisions_PublishedTextFixed BEFORE UPDATE ON PolicyRevisions WHEN OLD.ContentHash IS NOT NULL AND (NEW.Markdown IS NOT OLD.Markdown OR NEW.ContentHash IS NOT OLD.ContentHash OR NEW.Label IS NOT OLD.Label) BEGIN SELECT RAISE(ABORT, 'published policy text is immutable'); END;");
            migrationBuilder.Sql("CREATE TRIGGER PolicyRevisions_PublishedKept BEFORE DELETE ON PolicyRevisions WHEN OLD.ContentHash IS NOT NULL BEGIN SELECT RAISE(ABORT, 'published policy text is immutable'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PolicyRevisions");

            migrationBuilder.DropTable(
                name: "PolicyDocuments");
        }
    }
}
