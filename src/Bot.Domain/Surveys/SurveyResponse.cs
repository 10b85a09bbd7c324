namespace Bot.Domain.Surveys;

/// <summary>A survey answered (or skipped: <paramref name="Skipped"/>), attributed through its offer to bot or agent and to the shipment or complaint.</summary>
public sealed record SurveyResponse(SurveyOffer Offer, SurveyAnswers Answers, bool Skipped, DateTimeOffset At, string Channel, string Locale, string? CustomerId);
