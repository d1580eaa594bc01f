using Credence.Web.Features.Account;
using Credence.Web.Features.DesignForms;
using Credence.Web.Features.Designs;
using Credence.Web.Features.DesignTransfer;
using Credence.Web.Features.FrameworkOverride;
using Credence.Web.Features.Institutions;
using Credence.Web.Features.VersionCompare;
using Credence.Web.Features.Issuing;
using Credence.Web.Features.PublicDocuments;
using Credence.Web.Features.Verify;
using Credence.Web.Features.Users;
using Credence.Web.Features.Wallet;
using Credence.Web.Features.Dashboard;
using Credence.Web.Features.Employers;
using Credence.Web.Features.Reviews;
using Credence.Web.Shared;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCredenceDatabase(builder.Configuration);
// First among the hosted services: the database must be migrated before Data Protection reads its key ring.
builder.Services.AddHostedService<StartupInitializer>();
builder.Services.AddCredenceAccounts();
builder.Services.AddCredenceApi();
builder.Services.AddScoped<DraftSaver>();
builder.Services.AddScoped<InstitutionAccess>();
builder.Services.AddScoped<DesignImport>();
builder.Services.AddScoped<DesignExport>();
builder.Services.AddScoped<FrameworkOverrideUpload>();
builder.Services.AddScoped<VersionCompareLoader>();
builder.Services.AddCredenceIssuingHost(builder.Configuration);
builder.Services.AddCredenceVerifier(builder.Configuration);
builder.Services.AddScoped<ILocalDocumentSource, IssuingDocumentSource>();
builder.Services.AddScoped<IssuingQueries>();
builder.Services.AddScoped<WalletQueries>();
builder.Services.AddScoped<UserAccounts>();
builder.Services.AddHostedService<OutboxWorker>();
builder.Services.AddRazorPages(options => options.RootDirectory = "/Features");

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseStatusCodePages();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UseCookieApiAntiforgery();

app.MapOpenApi();
app.MapAccountApi();
app.MapInstitutionsApi();
app.MapDesignsApi();
app.MapDesignTransferApi();
app.MapFrameworkOverrideApi();
app.MapVersionCompareApi();
app.MapVerifyApi();
app.MapPublicDocuments();
app.MapIssuingApi();
app.MapWalletApi();
app.MapUsersApi();
app.MapReviewsApi();
app.MapDashboardApi();
app.MapEmployersApi();
app.MapRazorPages();

await app.RunAsync();
