using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Credence.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issuing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BulkIssuanceJobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstitutionId = table.Column<long>(type: "INTEGER", nullable: false),
                    DesignVersionId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TotalRows = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidRows = table.Column<int>(type: "INTEGER", nullable: false),
                    InvalidRows = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SkippedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ErrorsJson = table.Column<string>(type: "TEXT", nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulkIssuanceJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BulkIssuanceJobs_DesignVersions_DesignVersionId",
                        column: x => x.DesignVersionId,
                        principalTable: "DesignVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BulkIssuanceJobs_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IssuerKeys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstitutionId = table.Column<long>(type: "INTEGER", nullable: false),
                    KeyType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublicKeyMultibase = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProtectedSecretKey = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuerKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuerKeys_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Learners",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Learners_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "StatusLists",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstitutionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    Allocated = table.Column<int>(type: "INTEGER", nullable: false),
                    PermutationMultiplier = table.Column<int>(type: "INTEGER", nullable: false),
                    PermutationOffset = table.Column<int>(type: "INTEGER", nullable: false),
                    Bits = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CredentialJson = table.Column<string>(type: "TEXT", nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Stale = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusLists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusLists_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LearnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    DesignVersionId = table.Column<long>(type: "INTEGER", nullable: false),
                    CompetencyId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProficiencyLevel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Mastered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Assessor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    AssessedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentResults_DesignVersions_DesignVersionId",
                        column: x => x.DesignVersionId,
                        principalTable: "DesignVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentResults_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Awards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstitutionId = table.Column<long>(type: "INTEGER", nullable: false),
                    LearnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    DesignVersionId = table.Column<long>(type: "INTEGER", nullable: false),
                    AwardedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AwardedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Awards_DesignVersions_DesignVersionId",
                        column: x => x.DesignVersionId,
                        principalTable: "DesignVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Awards_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Awards_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IssuedCredentials",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CredentialId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<long>(type: "INTEGER", nullable: false),
                    LearnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    DesignVersionId = table.Column<long>(type: "INTEGER", nullable: false),
                    AwardId = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuerKeyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    StatusListId = table.Column<long>(type: "INTEGER", nullable: false),
                    StatusListIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StateChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReplacesId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedCredentials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedCredentials_Awards_AwardId",
                        column: x => x.AwardId,
                        principalTable: "Awards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedCredentials_DesignVersions_DesignVersionId",
                        column: x => x.DesignVersionId,
                        principalTable: "DesignVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedCredentials_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IssuedCredentials_IssuedCredentials_ReplacesId",
                        column: x => x.ReplacesId,
                        principalTable: "IssuedCredentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedCredentials_IssuerKeys_IssuerKeyId",
                        column: x => x.IssuerKeyId,
                        principalTable: "IssuerKeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedCredentials_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedCredentials_StatusLists_StatusListId",
                        column: x => x.StatusListId,
                        principalTable: "StatusLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstitutionId = table.Column<long>(type: "INTEGER", nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedCredentialId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    PickupFile = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_IssuedCredentials_IssuedCredentialId",
                        column: x => x.IssuedCredentialId,
                        principalTable: "IssuedCredentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentResults_DesignVersionId",
                table: "AssessmentResults",
                column: "DesignVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentResults_LearnerId_DesignVersionId_CompetencyId",
                table: "AssessmentResults",
                columns: new[] { "LearnerId", "DesignVersionId", "CompetencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Awards_DesignVersionId",
                table: "Awards",
                column: "DesignVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Awards_InstitutionId",
                table: "Awards",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Awards_LearnerId_DesignVersionId",
                table: "Awards",
                columns: new[] { "LearnerId", "DesignVersionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BulkIssuanceJobs_DesignVersionId",
                table: "BulkIssuanceJobs",
                column: "DesignVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_BulkIssuanceJobs_InstitutionId_StartedAt",
                table: "BulkIssuanceJobs",
                columns: new[] { "InstitutionId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_AwardId",
                table: "IssuedCredentials",
                column: "AwardId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_CredentialId",
                table: "IssuedCredentials",
                column: "CredentialId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_DesignVersionId",
                table: "IssuedCredentials",
                column: "DesignVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_InstitutionId_IdempotencyKey",
                table: "IssuedCredentials",
                columns: new[] { "InstitutionId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_InstitutionId_ValidUntil",
                table: "IssuedCredentials",
                columns: new[] { "InstitutionId", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_IssuerKeyId",
                table: "IssuedCredentials",
                column: "IssuerKeyId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_LearnerId",
                table: "IssuedCredentials",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_ReplacesId",
                table: "IssuedCredentials",
                column: "ReplacesId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_StatusListId_StatusListIndex",
                table: "IssuedCredentials",
                columns: new[] { "StatusListId", "StatusListIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuerKeys_InstitutionId_Status",
                table: "IssuerKeys",
                columns: new[] { "InstitutionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuerKeys_PublicKeyMultibase",
                table: "IssuerKeys",
                column: "PublicKeyMultibase",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learners_Email",
                table: "Learners",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learners_PublicId",
                table: "Learners",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learners_UserId",
                table: "Learners",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_InstitutionId",
                table: "OutboxMessages",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_IssuedCredentialId",
                table: "OutboxMessages",
                column: "IssuedCredentialId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_Id",
                table: "OutboxMessages",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusLists_InstitutionId_Purpose_Number",
                table: "StatusLists",
                columns: new[] { "InstitutionId", "Purpose", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentResults");

            migrationBuilder.DropTable(
                name: "BulkIssuanceJobs");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "IssuedCredentials");

            migrationBuilder.DropTable(
                name: "Awards");

            migrationBuilder.DropTable(
                name: "IssuerKeys");

            migrationBuilder.DropTable(
                name: "StatusLists");

            migrationBuilder.DropTable(
                name: "Learners");
        }
    }
}
