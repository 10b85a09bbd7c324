using Bot.Domain.Complaints;

namespace Bot.Dialogs.Complaints;

// What the intake's sub-dialogs end with (besides TooManyAttempts), and the options they are begun with.
internal sealed record WaybillAnswer(string? Number);

internal sealed record EvidenceAnswer(int Photos, decimal? DeclaredValue);

internal sealed record WaybillRequest(string Description, string? Given);

internal sealed record PhoneRequest(string? TrackingNumber);

// The phone on file, used without reading it out (in a Teams group chat or channel everyone would read it).
internal sealed record UnsaidPhone(PhoneNumber Number);

internal sealed record CategoryRequest(string Description);
