namespace NewsArchive.Parsing.Model;

/// <summary>A picture in the article: caption, credit without its label, address where known.</summary>
public sealed record ArticleImage(string? Caption, string? Credit, string? Url);
