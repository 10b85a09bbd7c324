namespace Bot.Domain.Language;

public enum Intent
{
    OutOfScope,
    TrackShipment,
    FileComplaint,
    CheckComplaint,
    TalkToPerson,
    Greeting,
    Help,
    Cancel,
    ThanksGoodbye,
    GiveFeedback,
    ChangeLanguage,
}
