using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LiqunCompliance.Web.Data.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    PreviousVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegisterEntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    Triggers = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Lawfulness = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RightsImpact = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Safeguards = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Likelihood = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Impact = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Risk = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RiskReasoning = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RatedWithConfirmedMatrix = table.Column<bool>(type: "boolean", nullable: false),
                    Measures = table.Column<string>(type: "text", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    LastEditedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ReviewerName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: true),
                    ApprovedAt = table.Column<long>(type: "bigint", nullable: true),
                    SupersededAt = table.Column<long>(type: "bigint", nullable: true),
                    SupersededById = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewDue = table.Column<DateOnly>(type: "date", nullable: true),
                    RetainUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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

            // As in the SQLite migration: an approved assessment never changes; it is kept three years after approval.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION liqun_assessment_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF TG_OP = 'DELETE' THEN
                    IF OLD."RetainUntil" IS NOT NULL AND OLD."RetainUntil" > CURRENT_DATE THEN
                      RAISE EXCEPTION 'impact assessments are kept three years after approval';
                    END IF;
                    RETURN OLD;
                  END IF;
                  IF OLD."Status" IN ('Approved', 'Superseded') AND (NEW."Reference" IS DISTINCT FROM OLD."Reference" OR NEW."VersionNumber" IS DISTINCT FROM OLD."VersionNumber" OR NEW."PreviousVersionId" IS DISTINCT FROM OLD."PreviousVersionId" OR NEW."Subject" IS DISTINCT FROM OLD."Subject" OR NEW."RegisterEntryId" IS DISTINCT FROM OLD."RegisterEntryId" OR NEW."Triggers" IS DISTINCT FROM OLD."Triggers" OR NEW."OwnerName" IS DISTINCT FROM OLD."OwnerName" OR NEW."Lawfulness" IS DISTINCT FROM OLD."Lawfulness" OR NEW."RightsImpact" IS DISTINCT FROM OLD."RightsImpact" OR NEW."Safeguards" IS DISTINCT FROM OLD."Safeguards" OR NEW."Likelihood" IS DISTINCT FROM OLD."Likelihood" OR NEW."Impact" IS DISTINCT FROM OLD."Impact" OR NEW."Risk" IS DISTINCT FROM OLD."Risk" OR NEW."RiskReasoning" IS DISTINCT FROM OLD."RiskReasoning" OR NEW."RatedWithConfirmedMatrix" IS DISTINCT FROM OLD."RatedWithConfirmedMatrix" OR NEW."AuthorId" IS DISTINCT FROM OLD."AuthorId" OR NEW."AuthorName" IS DISTINCT FROM OLD."AuthorName" OR NEW."ReviewerId" IS DISTINCT FROM OLD."ReviewerId" OR NEW."ReviewerName" IS DISTINCT FROM OLD."ReviewerName" OR NEW."SubmittedAt" IS DISTINCT FROM OLD."SubmittedAt" OR NEW."ApprovedAt" IS DISTINCT FROM OLD."ApprovedAt" OR NEW."ReviewDue" IS DISTINCT FROM OLD."ReviewDue" OR NEW."RetainUntil" IS DISTINCT FROM OLD."RetainUntil" OR NEW."CreatedAt" IS DISTINCT FROM OLD."CreatedAt"
                      OR (NEW."Status" IS DISTINCT FROM OLD."Status" AND NOT (OLD."Status" = 'Approved' AND NEW."Status" = 'Superseded'))) THEN
                    RAISE EXCEPTION 'an approved impact assessment is immutable';
                  END IF;
                  RETURN NEW;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ImpactAssessments_ApprovedFixed" BEFORE UPDATE OR DELETE ON "ImpactAssessments"
                FOR EACH ROW EXECUTE FUNCTION liqun_assessment_fixed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImpactAssessments");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS liqun_assessment_fixed();");
        }
    }
}
