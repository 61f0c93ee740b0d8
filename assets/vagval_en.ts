<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../ui/briefing_view.py" line="+27"/>
        <location line="+4"/>
        <source>Introduktion till scenariot</source>
        <translation>Scenario introduction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cirka {n} minuter</source>
        <translation>about {n} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Din roll</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Innehållet</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Innehållsvarning</source>
        <translation>Content note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du kan pausa eller gå tillbaka när som helst – det du har gjort sparas. Stöd och hjälp finns alltid i menyn (F1).</source>
        <translation>You can pause or go back at any time – what you have done is saved. Support and help is always in the menu (F1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det här övar du på</source>
        <translation>What you practise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Återkoppling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/settings_dialog.py" line="+46"/>
        <source>Efter varje beslut</source>
        <translation>After each decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återkoppling efter varje beslut</source>
        <translation>Feedback after each decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/settings_dialog.py" line="+1"/>
        <source>Först i genomgången efteråt</source>
        <translation>Only in the debrief at the end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återkoppling först i genomgången efteråt</source>
        <translation>Feedback only in the debrief at the end</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tillbaka till biblioteket</source>
        <translation>Back to the library</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Börja</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="+23"/>
        <location filename="../ui/debrief_view.py" line="+57"/>
        <location filename="../ui/pdf.py" line="+78"/>
        <source>Resultat per kompetensområde</source>
        <translation>Result per competence area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {achieved} av {best}</source>
        <translation>{name}: {achieved} of {best}</translation>
    </message>
    <message>
        <location line="+62"/>
        <location filename="../ui/history_view.py" line="+62"/>
        <source>Utveckling per kompetensområde</source>
        <translation>Progress per competence area</translation>
    </message>
    <message>
        <location filename="../ui/debrief_view.py" line="-21"/>
        <location line="+4"/>
        <location line="+111"/>
        <source>Genomgång</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location line="-108"/>
        <location filename="../ui/pdf.py" line="-12"/>
        <source>Genomgång: {title}</source>
        <translation>Debrief: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tänk om: det här är en utforskning från beslut {n} och räknas inte in i ditt resultat.</source>
        <translation>What if: this is an exploration from decision {n} and does not count towards your result.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/history_view.py" line="+18"/>
        <location filename="../ui/pdf.py" line="+6"/>
        <location filename="../ui/state.py" line="+26"/>
        <source>Godkänd</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/history_view.py" line="+0"/>
        <location filename="../ui/pdf.py" line="+0"/>
        <source>Inte godkänd</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/pdf.py" line="+4"/>
        <source>Utfall: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/pdf.py" line="+8"/>
        <source>Kritiska fel</source>
        <translation>Critical errors</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/pdf.py" line="+4"/>
        <source>Riktlinjer du följde</source>
        <translation>Guidance you followed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pdf.py" line="+1"/>
        <source>Riktlinjer du missade</source>
        <translation>Guidance you missed</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/pdf.py" line="-2"/>
        <source>Inga.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/feedback_panel.py" line="+19"/>
        <location filename="../ui/pdf.py" line="+0"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pdf.py" line="+7"/>
        <source>Dina beslut</source>
        <translation>Your decisions</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>Beslut {n} – {where}</source>
        <translation>Decision {n} – {where}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Du valde: {text}</source>
        <translation>You chose: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kostnad: {n} poäng</source>
        <translation>Cost: {n} points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kostnad: inga poäng – bästa möjliga val.</source>
        <translation>Cost: no points – the best possible choice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pdf.py" line="+6"/>
        <source>Bästa val: {text}</source>
        <translation>Best choice: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/pdf.py" line="+3"/>
        <source>Din väg och expertvägen</source>
        <translation>Your path and the expert path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Din väg är heldragen, expertvägen streckad.</source>
        <translation>Your path is drawn solid, the expert path dashed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tänk om</source>
        <translation>What if</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj ett tidigare beslut och spela vidare därifrån. Det påverkar inte ditt resultat.</source>
        <translation>Pick an earlier decision and play on from there. It does not affect your result.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beslut att spela om från</source>
        <translation>Decision to replay from</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spela vidare härifrån</source>
        <translation>Play on from here</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Till biblioteket</source>
        <translation>To the library</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Försök igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Spara genomgången som PDF</source>
        <translation>Save the debrief as PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sparad: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statusrad</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="+61"/>
        <source>Något gick fel</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Något oväntat hände i programmet. Dina svar hittills är sparade, och du kan fortsätta där du var.</source>
        <translation>Something unexpected happened in the program. Your answers so far are saved, and you can carry on where you were.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En teknisk beskrivning har sparats i filen:</source>
        <translation>A technical description has been saved in the file:</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.py" line="+8"/>
        <source>Återkoppling på ditt beslut</source>
        <translation>Feedback on your decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kritiskt fel: det här beslutet kunde ha satt någon i fara.</source>
        <translation>Critical error: this decision could have put someone in danger.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ditt beslut: {text}</source>
        <translation>Your decision: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poäng: {changes}</source>
        <translation>Points: {changes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Följer riktlinjerna:</source>
        <translation>Follows the guidance:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bryter mot riktlinjerna:</source>
        <translation>Goes against the guidance:</translation>
    </message>
    <message>
        <location filename="../ui/graph_view.py" line="+32"/>
        <source>Scenariots graf</source>
        <translation>The scenario&apos;s graph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Din väg: {path}. Expertvägen: {expert}.</source>
        <translation>Your path: {path}. The expert path: {expert}.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="-35"/>
        <location line="+2"/>
        <location filename="../ui/main_window.py" line="+100"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj en deltagare i biblioteket för att se historiken.</source>
        <translation>Choose a trainee in the library to see the history.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {done} scenarier genomförda, {passed} godkända, {n} försök.</source>
        <translation>{name}: {done} scenarios done, {passed} passed, {n} attempts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inga avslutade försök ännu.</source>
        <translation>No finished attempts yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försök</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avslutade försök</source>
        <translation>Finished attempts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poäng</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <source>Spara intyg som PDF</source>
        <translation>Save certificate as PDF</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../ui/pdf.py" line="+8"/>
        <source>Intyg</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="+34"/>
        <location line="+2"/>
        <source>Scenariobibliotek</source>
        <translation>Scenario library</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deltagare:</source>
        <translation>Trainee:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj deltagare</source>
        <translation>Choose trainee</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Nytt namn eller pseudonym</source>
        <translation>New name or pseudonym</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lägg till deltagare</source>
        <translation>Add trainee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Välj eller lägg till en deltagare. Namnet sparas bara på den här datorn.</source>
        <translation>Choose or add a trainee. The name is kept on this computer only.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Påbörjade övningar</source>
        <translation>Unfinished exercises</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fortsätt där du var</source>
        <translation>Continue where you were</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Börja om i stället</source>
        <translation>Start over instead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stänger det påbörjade försöket utan resultat.</source>
        <translation>Closes the unfinished attempt without a result.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Sök bland scenarierna</source>
        <translation>Search the scenarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filtrera på tema</source>
        <translation>Filter by theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla teman</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filtrera på nivå</source>
        <translation>Filter by level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla nivåer</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenarier</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Öppna scenariot</source>
        <translation>Open the scenario</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>– ingen vald –</source>
        <translation>– none chosen –</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{title} – {n} beslut gjorda, påbörjad {date}</source>
        <translation>{title} – {n} decisions made, started {date}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Inga scenarier hittades.</source>
        <translation>No scenarios were found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inget scenario matchar sökningen.</source>
        <translation>No scenario matches the search.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Scenariot går inte att använda</source>
        <translation>The scenario cannot be used</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen innehåller fel och kan inte spelas förrän de är rättade:</source>
        <translation>The file contains errors and cannot be played until they are corrected:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fel i scenariofilen</source>
        <translation>Errors in the scenario file</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location filename="../ui/support_dialog.py" line="+41"/>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="-3"/>
        <source>Vägval – övningar i att möta våldsutsatta</source>
        <translation>Vägval – practice in meeting people subjected to violence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huvudmeny</source>
        <translation>Main menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/settings_dialog.py" line="-21"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/support_dialog.py" line="-15"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Stöd och hjälp</source>
        <translation>Support and help</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Laddar scenarier …</source>
        <translation>Loading scenarios …</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+2"/>
        <source>Dina sparade framsteg</source>
        <translation>Your saved progress</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kan inte fortsätta</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenariot finns inte längre i biblioteket, så försöket kan inte fortsätta.</source>
        <translation>The scenario is no longer in the library, so the attempt cannot continue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Scenariot har ändrats</source>
        <translation>The scenario has changed</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Scenariot har ändrats sedan du började, och din väg finns inte kvar i den nya versionen. Vill du börja om från början?</source>
        <translation>The scenario has changed since you started, and your path no longer exists in the new version. Do you want to start again from the beginning?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenariot har ändrats sedan du började, men din väg finns kvar. Vill du fortsätta där du var? Välj Nej för att börja om från början.</source>
        <translation>The scenario has changed since you started, but your path still exists. Do you want to continue where you were? Choose No to start again from the beginning.</translation>
    </message>
    <message>
        <location filename="../ui/markdown_view.py" line="+31"/>
        <source>Bild</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/names.py" line="+19"/>
        <source>Skyddad och stöttad</source>
        <translation>Protected and supported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delvis skyddad – en lucka finns kvar</source>
        <translation>Partly protected – a gap remains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Våldet trappades upp eller någon kom till skada</source>
        <translation>The violence escalated or someone was harmed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ingen poängförändring</source>
        <translation>no change in points</translation>
    </message>
    <message>
        <location filename="../ui/pdf.py" line="-67"/>
        <source>Minst ett beslut var ett kritiskt fel, och då blir övningen inte godkänd oavsett poäng.</source>
        <translation>At least one decision was a critical error, so the exercise is not passed whatever the points.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du fick {total} av {best} möjliga poäng; för godkänt krävs {pct} %.</source>
        <translation>You got {total} of {best} possible points; a pass needs {pct} %.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Övningen är inte avslutad.</source>
        <translation>The exercise is not finished.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Du fick {total} av {best} möjliga poäng (gräns {pct} %) och inga kritiska fel.</source>
        <translation>You got {total} of {best} possible points (pass mark {pct} %) and no critical errors.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deltagare: {name} · Datum: {date}</source>
        <translation>Trainee: {name} · Date: {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tänk om – räknas inte in i resultatet.</source>
        <translation>What if – does not count towards the result.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kostnad {n} poäng</source>
        <translation>cost {n} points</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>har med godkänt resultat genomfört övningen</source>
        <translation>has completed, with a passing result, the exercise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>i Vägval, ett övningsprogram för yrkesverksamma som möter våldsutsatta.</source>
        <translation>in Vägval, a practice program for professionals who meet people subjected to violence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resultat: {total} av {best} möjliga poäng.</source>
        <translation>Result: {total} of {best} possible points.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="+58"/>
        <source>Scenario: {title}</source>
        <translation>Scenario: {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tillbaka till genomgången</source>
        <translation>Back to the debrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausa och gå till biblioteket</source>
        <translation>Pause and go to the library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc – inget går förlorat</source>
        <translation>Esc – nothing is lost</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tänk om: du spelar vidare från beslut {n}. Det här räknas inte in i ditt resultat.</source>
        <translation>What if: you are playing on from decision {n}. This does not count towards your result.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Berättelse och val</source>
        <translation>Story and choices</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Berättelse</source>
        <translation>Story</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vad gör du? Välj med musen eller tangenterna 1–9.</source>
        <translation>What do you do? Choose with the mouse or the keys 1–9.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+121"/>
        <source>Se genomgången</source>
        <translation>See the debrief</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+2"/>
        <source>Handlingar i ärendet</source>
        <translation>Case documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vald handling</source>
        <translation>Selected document</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Slut: {outcome}</source>
        <translation>End: {outcome}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se resultatet av tänk om</source>
        <translation>See the result of what if</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beslut {n} av cirka {m}</source>
        <translation>Decision {n} of about {m}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>NY</source>
        <translation>NEW</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inga handlingar ännu.</source>
        <translation>No documents yet.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="+5"/>
        <location line="+15"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Textstorlek</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Ljust</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mörkt</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hög kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Färgtema</source>
        <translation>Colour theme</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Återkoppling som standard</source>
        <translation>Default feedback</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/state.py" line="-10"/>
        <source>Hedersrelaterat våld och förtryck</source>
        <translation>Honour-related violence and oppression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vårdnad och våld</source>
        <translation>Custody and violence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitalt våld</source>
        <translation>Digital violence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Att lämna en våldsam relation</source>
        <translation>Leaving a violent relationship</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grund</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fördjupning</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Påbörjad</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej godkänd</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Går inte att använda</source>
        <translation>Cannot be used</translation>
    </message>
    <message>
        <location filename="../ui/support_dialog.py" line="-16"/>
        <source>Kvinnofridslinjen</source>
        <translation>Kvinnofridslinjen (national helpline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stöd dygnet runt för den som är utsatt för våld, och för anhöriga. Avgiftsfritt.</source>
        <translation>Support around the clock for anyone subjected to violence, and for their family and friends. Free of charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nödnummer</source>
        <translation>Emergency number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vid akut fara: polis, ambulans, räddningstjänst.</source>
        <translation>In immediate danger: police, ambulance, fire and rescue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationella stödtelefonen för yrkesverksamma i hedersfrågor</source>
        <translation>National support line for professionals on honour-related issues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rådgivning för yrkesverksamma i ärenden om hedersrelaterat våld och förtryck.</source>
        <translation>Advice for professionals in cases of honour-related violence and oppression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj att sluta</source>
        <translation>Välj att sluta (Choose to stop)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För den som utövar våld eller är rädd att göra det.</source>
        <translation>For anyone who uses violence or is afraid of doing so.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Innehållet i övningarna kan väcka egna minnen och känslor. Du kan pausa när som helst, och det finns stöd att få – både för dig själv och för dem du möter.</source>
        <translation>The content of the exercises may stir up your own memories and feelings. You can pause at any time, and support is available – both for yourself and for the people you meet.</translation>
    </message>
</context>
</TS>
