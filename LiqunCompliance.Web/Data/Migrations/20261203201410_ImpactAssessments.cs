using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImpactAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImpactAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegisterEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Triggers = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Lawfulness = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RightsImpact = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Safeguards = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Likelihood = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Impact = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Risk = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RiskReasoning = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RatedWithConfirmedMatrix = table.Column<bool>(type: "INTEGER", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LastEditedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SupersededById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetainUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactAssessments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImpactAssessments_Reference_VersionNumber",
                table: "ImpactAssessments",
                columns: new[] { "Reference", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImpactAssessments_RegisterEntryId",
                table: "ImpactAssessments",
                column: "RegisterEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ImpactAssessments_Status_ReviewDue",
                table: "ImpactAssessments",
                columns: new[] { "Status", "ReviewDue" });

            // An approved assessment never changes (its successor is a new version); only its measures' follow-up and its
            // replacement by a successor are recorded. It is kept three years after approval (PIPL Art. 56).
            migrationBuilder.Sql("CREATE TRIGGER ImpactAssessments_ApprovedFixed BEFORE UPDATE ON ImpactAssessments WHEN OLD.Status IN ('Approved', 'Superseded') AND (NEW.Reference IS NOT OLD.Reference OR NEW.VersionNumber IS NOT OLD.VersionNumber OR NEW.PreviousVersionId IS NOT OLD.PreviousVersionId OR NEW.Subject IS NOT OLD.Subject OR NEW.RegisterEntryId IS NOT OLD.RegisterEntryId OR NEW.Triggers IS NOT OLD.Triggers OR NEW.OwnerName IS NOT OLD.OwnerName OR NEW.Lawfulness IS NOT OLD.Lawfulness OR NEW.RightsImpact IS NOT OLD.RightsImpact OR NEW.Safeguards IS NOT OLD.Safeguards OR NEW.Likelihood IS NOT OLD.Likelihood OR NEW.Impact IS NOT OLD.Impact OR NEW.Risk IS NOT OLD.Risk OR NEW.RiskReasoning IS NOT OLD.RiskReasoning OR NEW.RatedWithConfirmedMatrix IS NOT OLD.RatedWithConfirmedMatrix OR NEW.AuthorId IS NOT OLD.AuthorId OR NEW.AuthorName IS NOT OLD.AuthorName OR NEW.ReviewerId IS NOT OLD.ReviewerId OR NEW.ReviewerName IS NOT OLD.ReviewerName OR NEW.SubmittedAt IS NOT OLD.SubmittedAt OR NEW.ApprovedAt IS NOT OLD.ApprovedAt OR NEW.ReviewDue IS NOT OLD.ReviewDue OR NEW.RetainUntil IS NOT OLD.RetainUntil OR NEW.CreatedAt IS NOT OLD.CreatedAt OR (NEW.Status IS NOT OLD.Status AND NOT (OLD.Status = 'Approved' AND NEW.Status = 'Superseded'))) BEGIN SELECT RAISE(ABORT, 'an approved impact assessment is immutable'); END;");
            migrationBuilder.Sql("CREATE TRIGGER ImpactAssessments_Retained BEFORE DELETE ON ImpactAssessments WHEN OLD.RetainUntil IS NOT NULL AND OLD.RetainUntil > date('now') BEGIN SELECT RAISE(ABORT, 'impact assessments are kept three years after approval'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImpactAssessments");
        }
    }
}
