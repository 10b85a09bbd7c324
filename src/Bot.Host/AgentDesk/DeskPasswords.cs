using System.Security.Cryptography;
using Bot.Domain.Handoff;
using Microsoft.AspNetCore.Identity;

namespace Bot.Host.AgentDesk;

/// <summary>Hashes and checks desk passwords (ASP.NET Core Identity's PBKDF2 format, no Identity store) and makes new ones.</summary>
internal sealed class DeskPasswords
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private readonly PasswordHasher<AgentAccount> hasher = new();

    // Checked against unknown user names so that a wrong name costs as much time as a wrong password.
    private readonly Lazy<string> decoyHash;

    public DeskPasswords()
    {
        decoyHash = new Lazy<string>(() => Hash(Generate()));
    }

    public string Hash(string password) => hasher.HashPassword(null!, password);

    public PasswordVerificationResult Verify(string hash, string password) => hasher.VerifyHashedPassword(null!, hash, password);

    public void VerifyDecoy(string password) => _ = hasher.VerifyHashedPassword(null!, decoyHash.Value, password);

    /// <summary>A random 20-character password without look-alike characters.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 20);
}
