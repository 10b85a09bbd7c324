namespace Bot.Domain.Surveys;

/// <summary>Who served the customer in the interaction rated: the bot or a human agent.</summary>
public enum SurveyHandler
{
    Bot,
    Agent,
}
