using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Credence.Persistence.PostgreSql.Migrations
{
    /// <summary>Adds the generated, GIN-indexed tsvector column the catalog search matches against.</summary>
    public partial class CatalogSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The column is outside the EF model on purpose: only PostgreSqlCatalogSearch's SQL reads it.
            migrationBuilder.Sql(
                """
                ALTER TABLE "DesignVersions" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                  to_tsvector('english',
                    coalesce("Title", '') || ' ' || coalesce("Description", '') || ' ' || coalesce("CompetencyText", '') || ' ' ||
                    coalesce("SkillText", '') || ' ' || coalesce("ProviderName", ''))) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_DesignVersions_SearchVector" ON "DesignVersions" USING GIN ("SearchVector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_DesignVersions_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "DesignVersions" DROP COLUMN IF EXISTS "SearchVector";""");
        }
    }
}
