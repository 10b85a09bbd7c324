using System.Diagnostics;

namespace Bot.LoadClient;

/// <summary>
/// A played turn: <see cref="Start"/> when the POST was sent, <see cref="End"/> when the user has the turn's last reply,
/// <see cref="Answered"/> when <c>/api/messages</c> answered (all <see cref="Stopwatch"/> timestamps).
/// </summary>
internal readonly record struct TurnOutcome(bool Ok, long Start, long End, long Answered, int Replies);
