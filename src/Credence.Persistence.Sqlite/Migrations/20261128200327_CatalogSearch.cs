using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Credence.Persistence.Sqlite.Migrations
{
    /// <summary>Adds the FTS5 catalog index over design versions and the triggers that keep it in step.</summary>
    public partial class CatalogSearch : Migration
    {
        private const string Columns = "Title, Description, CompetencyText, SkillText, ProviderName";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // External-content FTS5 table: the text lives once, in DesignVersions; rowid is DesignVersions.Id.
            migrationBuilder.Sql(
                $"CREATE VIRTUAL TABLE DesignVersionSearch USING fts5({Columns}, content='DesignVersions', content_rowid='Id', tokenize='porter unicode61');");
            migrationBuilder.Sql(
                $"""
                CREATE TRIGGER DesignVersions_search_insert AFTER INSERT ON DesignVersions BEGIN
                  INSERT INTO DesignVersionSearch(rowid, {Columns}) VALUES (new.Id, new.Title, new.Description, new.CompetencyText, new.SkillText, new.ProviderName);
                END;
                """);
            migrationBuilder.Sql(
                $"""
                CREATE TRIGGER DesignVersions_search_delete AFTER DELETE ON DesignVersions BEGIN
                  INSERT INTO DesignVersionSearch(DesignVersionSearch, rowid, {Columns}) VALUES ('delete', old.Id, old.Title, old.Description, old.CompetencyText, old.SkillText, old.ProviderName);
                END;
                """);
            migrationBuilder.Sql(
                $"""
                CREATE TRIGGER DesignVersions_search_update AFTER UPDATE ON DesignVersions BEGIN
                  INSERT INTO DesignVersionSearch(DesignVersionSearch, rowid, {Columns}) VALUES ('delete', old.Id, old.Title, old.Description, old.CompetencyText, old.SkillText, old.ProviderName);
                  INSERT INTO DesignVersionSearch(rowid, {Columns}) VALUES (new.Id, new.Title, new.Description, new.CompetencyText, new.SkillText, new.ProviderName);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO DesignVersionSearch(DesignVersionSearch) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DesignVersions_search_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DesignVersions_search_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS DesignVersions_search_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS DesignVersionSearch;");
        }
    }
}
