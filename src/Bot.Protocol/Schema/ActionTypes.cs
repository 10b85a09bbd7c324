namespace Bot.Protocol.Schema;

public static class ActionTypes
{
    public const string OpenUrl = "openUrl";
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string PlayAudio = "playAudio";
    public const string PlayVideo = "playVideo";
    public const string ShowImage = "showImage";
    public const string DownloadFile = "downloadFile";
    public const string Signin = "signin";
    public const string Call = "call";
    public const string MessageBack = "messageBack";
    public const string Invoke = "invoke";
}
