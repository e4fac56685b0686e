namespace NewsArchive.Parsing.Languages;

/// <summary>
/// Words around a date on a web page that tell what the date is, beyond the dateline labels of the
/// language tables (<see cref="LanguageTable.PublishedLabels"/>, <see cref="LanguageTable.UpdateLabels"/>):
/// used only to read the dates of HTML pages. Lower case; a label matches anywhere in a short line.
/// </summary>
internal static class DateLabels
{
    /// <summary>Labels of the publication date that dateline text does not use (<c>Datum:</c>, <c>Pressemitteilung vom</c>, <c>publié le</c>).</summary>
    public static readonly string[] Published =
    [
        "datum", "date:", "publiziert", "geschrieben am", "eingestellt am", "pressemitteilung vom", "pressemeldung vom", "meldung vom",
        "beitrag vom", "artikel vom", "erstellt:", "posted", "written on", "publié le", "publié", "pubblicato il", "pubblicato",
        "publicado el", "publicado", "gepubliceerd op", "gepubliceerd",
    ];

    /// <summary>Labels of a later change (<c>geändert am</c>, <c>mis à jour</c>).</summary>
    public static readonly string[] Modified =
    [
        "geändert am", "zuletzt geändert", "letzte änderung", "überarbeitet", "mis à jour", "aggiornato", "actualizado", "bijgewerkt", "revised",
    ];

    /// <summary>Labels of dates that are neither: a member's sign-up, a validity, a birthday, an event, a forum's clock at render time.</summary>
    public static readonly string[] Other =
    [
        "mitglied seit", "anmeldedatum", "registriert seit", "registriert:", "gültig seit", "gültig ab", "geboren", "member since", "joined",
        "born", "copyright", "©", "aktuelle zeit", "current time", "it is currently", "letzter besuch", "last visit", "du bist angemeldet", "expires", "läuft ab", "deadline", "frist", "bewerbungsschluss", "termin", "veranstaltung",
    ];
}
