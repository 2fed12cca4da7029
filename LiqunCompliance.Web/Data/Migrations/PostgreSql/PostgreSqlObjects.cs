using Microsoft.EntityFrameworkCore.Migrations;

namespace LiqunCompliance.Web.Data.Migrations.PostgreSql;

/// <summary>
/// What the SQLite migrations do with hand-written SQL, in PostgreSQL's dialect: the IMMUTABLE date function the generated
/// sort key needs, append-only audit and register history, immutable published policy text, and the request tallies.
/// </summary>
internal static class PostgreSqlObjects
{
    /// <summary>Before the tables: the generated column <c>DueSortKey</c> calls this.</summary>
    public static void CreateFunctions(MigrationBuilder migrationBuilder)
    {
        // to_char of a date with a fixed numeric pattern does not depend on settings, so IMMUTABLE is true.
        migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION liqun_date_key(d date) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT to_char(d, 'YYYY-MM-DD') $$;
            """);
        migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION liqun_refuse() RETURNS trigger LANGUAGE plpgsql
            AS $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;
            """);
    }

    /// <summary>After the tables.</summary>
    public static void CreateTriggers(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TRIGGER "AuditRecords_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditRecords"
            FOR EACH ROW EXECUTE FUNCTION liqun_refuse('audit records are append-only');
            """);
        foreach (var table in new[] { "RegisterEntryVersions", "PublishedRegisterLists" })
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{table}_AppendOnly" BEFORE UPDATE OR DELETE ON "{table}"
                FOR EACH ROW EXECUTE FUNCTION liqun_refuse('register history is append-only');
                """);
        }

        migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION liqun_policy_text_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' THEN
                IF OLD."ContentHash" IS NOT NULL THEN RAISE EXCEPTION 'published policy text is immutable'; END IF;
                RETURN OLD;
              END IF;
              IF OLD."ContentHash" IS NOT NULL AND (NEW."Markdown" IS DISTINCT FROM OLD."Markdown"
                  OR NEW."ContentHash" IS DISTINCT FROM OLD."ContentHash" OR NEW."Label" IS DISTINCT FROM OLD."Label") THEN
                RAISE EXCEPTION 'published policy text is immutable';
              END IF;
              RETURN NEW;
            END $$;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "PolicyRevisions_PublishedTextFixed" BEFORE UPDATE OR DELETE ON "PolicyRevisions"
            FOR EACH ROW EXECUTE FUNCTION liqun_policy_text_fixed();
            """);

        migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION liqun_request_tally() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP IN ('UPDATE', 'DELETE') THEN
                UPDATE "RequestTallies" SET "Count" = "Count" - 1
                WHERE "Status" = OLD."Status" AND "Type" = OLD."Type" AND "AssigneeKey" = coalesce(OLD."AssigneeId", '');
              END IF;
              IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO "RequestTallies" ("Status", "Type", "AssigneeKey", "Count")
                VALUES (NEW."Status", NEW."Type", coalesce(NEW."AssigneeId", ''), 1)
                ON CONFLICT ("Status", "Type", "AssigneeKey") DO UPDATE SET "Count" = "RequestTallies"."Count" + 1;
              END IF;
              RETURN NULL;
            END $$;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "PrivacyRequests_Tally" AFTER INSERT OR DELETE ON "PrivacyRequests"
            FOR EACH ROW EXECUTE FUNCTION liqun_request_tally();
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "PrivacyRequests_Tally_Update" AFTER UPDATE OF "Status", "Type", "AssigneeId" ON "PrivacyRequests"
            FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."Type" IS DISTINCT FROM NEW."Type"
              OR OLD."AssigneeId" IS DISTINCT FROM NEW."AssigneeId")
            EXECUTE FUNCTION liqun_request_tally();
            """);
    }

    /// <summary>After the tables are dropped (their triggers go with them).</summary>
    public static void DropFunctions(MigrationBuilder migrationBuilder)
    {
        foreach (var function in new[] { "liqun_request_tally()", "liqun_policy_text_fixed()", "liqun_refuse()", "liqun_date_key(date)" })
        {
            migrationBuilder.Sql($"DROP FUNCTION IF EXISTS {function};");
        }
    }
}
