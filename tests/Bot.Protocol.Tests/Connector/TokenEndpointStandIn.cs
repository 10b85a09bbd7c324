using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Protocol.Tests.Connector;

/// <summary>
/// An Entra token endpoint stand-in on loopback HTTPS (MSAL refuses http authorities) with a self-signed certificate
/// that only <see cref="CreateTrustingHandler"/> trusts.
/// </summary>
internal sealed class TokenEndpointStandIn : IAsyncDisposable
{
    // One key pair for the whole run: RSA generation dominates the start-up time otherwise.
    private static readonly Lazy<X509Certificate2> Certificate = new(CreateCertificate);
    private readonly WebApplication _app;
    private int _issued;

    private TokenEndpointStandIn(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, IReadOnlyDictionary<string, string> Form)> Requests { get; } = new();

    public string AuthorityHost { get; private set; } = "";

    public const string RejectedSecret = "wrong-secret";

    public static string TokenFor(int number) => $"stand-in-token-{number}";

    public static async Task<TokenEndpointStandIn> StartAsync()
    {
        var certificate = Certificate.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var standIn = new TokenEndpointStandIn(app);
        app.MapPost("/{tenant}/oauth2/v2.0/token", (Delegate)standIn.IssueAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        standIn.AuthorityHost = address.TrimEnd('/');
        return standIn;
    }

    public HttpMessageHandler CreateTrustingHandler()
    {
        var thumbprint = Certificate.Value.GetCertHashString(HashAlgorithmName.SHA256);
        return new SocketsHttpHandler
        {
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, cert, _, _) =>
                    cert is not null && cert.GetCertHashString(HashAlgorithmName.SHA256) == thumbprint,
            },
        };
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> IssueAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        Requests.Enqueue((context.Request.Path.Value ?? "", form.ToDictionary(f => f.Key, f => f.Value.ToString())));
        if (form["client_secret"] == RejectedSecret)
        {
            return Results.Json(new Dictionary<string, string>
            {
                ["error"] = "invalid_client",
                ["error_description"] = "AADSTS7000215: Invalid client secret provided.",
            }, statusCode: 401);
        }
        var number = Interlocked.Increment(ref _issued);
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = TokenFor(number),
        });
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        // Re-import so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }
}
