using NewsArchive.Evaluation;

// newsarc-eval [corpus ...] [--errors N]
// corpora: wikinews-train, wikinews-dev, reuters-tune, reuters-check (quotes; default: all four),
//          htmldate-dev (HTML publication dates), aeb-dev (HTML body text)
var errors = 0;
var corpora = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--errors" && i + 1 < args.Length && int.TryParse(args[++i], out var n)) errors = n;
    else if (args[i] is "wikinews-train" or "wikinews-dev" or "reuters-tune" or "reuters-check" or "htmldate-dev" or "aeb-dev") corpora.Add(args[i]);
    else
    {
        Console.Error.WriteLine($"newsarc-eval: unknown argument '{args[i]}' (corpora: wikinews-train wikinews-dev reuters-tune reuters-check htmldate-dev aeb-dev; --errors N)");
        return 2;
    }
}
if (corpora.Count == 0) corpora = ["wikinews-train", "wikinews-dev", "reuters-tune", "reuters-check"];

var repository = new DirectoryInfo(Directory.GetCurrentDirectory());
while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "NewsArchive.sln"))) repository = repository.Parent;
if (repository is null)
{
    Console.Error.WriteLine("newsarc-eval: run it inside the repository (NewsArchive.sln not found)");
    return 2;
}
var shared = Path.Combine(repository.FullName, "..", "shared", "corpora");
// The English gold: the first 40 articles (20 tune, 20 check) and 20 more for tuning, each file frozen once annotated.
var golds = Directory.EnumerateFiles(Path.Combine(repository.FullName, "eval"), "reuters-quotes-gold*.json").Order(StringComparer.Ordinal).ToList();
// Who the German gold speakers are, as the spec writes a speaker.
var speakers = Path.Combine(repository.FullName, "eval", "wikinews-speakers.json");

foreach (var corpus in corpora)
{
    if (corpus == "htmldate-dev") { HtmlCorpora.Dates(Path.Combine(shared, corpus), Console.Out, errors); continue; }
    if (corpus == "aeb-dev") { HtmlCorpora.Bodies(Path.Combine(shared, corpus), Console.Out, errors); continue; }
    var scorer = new Scorer(corpus);
    var articles = corpus switch
    {
        "wikinews-train" => WikinewsCorpus.Read(Path.Combine(shared, "wikinews-de", "data", "train"), speakers),
        "wikinews-dev" => WikinewsCorpus.Read(Path.Combine(shared, "wikinews-de", "data", "dev"), speakers),
        _ => golds.SelectMany(gold => ReutersGold.Read(gold, Path.Combine(shared, "reuters-21578"), corpus["reuters-".Length..])),
    };
    foreach (var article in articles) scorer.Add(article);
    scorer.Report(Console.Out, errors);
}
return 0;
