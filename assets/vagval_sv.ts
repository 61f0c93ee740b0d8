<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../ui/briefing_view.py" line="+26"/>
        <location line="+4"/>
        <source>Introduktion till scenariot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/state.py" line="+55"/>
        <source>cirka {n} minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Din roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Innehållet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Innehållsvarning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du kan pausa eller gå tillbaka när som helst – det du har gjort sparas. Stöd och hjälp når du alltid med knappen längst upp till höger eller med F1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det här övar du på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/workshop/presentation.py" line="+206"/>
        <location filename="../ui/authoring/play_pane.py" line="+79"/>
        <source>Återkoppling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/settings_dialog.py" line="+55"/>
        <source>Efter varje beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återkoppling efter varje beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/settings_dialog.py" line="+1"/>
        <source>Först i genomgången efteråt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återkoppling först i genomgången efteråt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tillbaka till biblioteket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Börja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="+76"/>
        <location filename="../ui/debrief_view.py" line="+142"/>
        <location filename="../ui/pdf.py" line="+187"/>
        <location line="+245"/>
        <location filename="../ui/workshop/debrief.py" line="+92"/>
        <location line="+69"/>
        <source>Resultat per kompetensområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Varje stapel visar dina poäng inom området. Det gröna strecket är referensen: expertvägens poäng i just det området, och referenserna summerar till expertvägens totalpoäng. ✓ betyder minst lika mycket som expertvägen. Står det &apos;området ensamt högst&apos; är det det mesta någon väg ger i just det området – ingen enskild väg når alla de värdena samtidigt. Där ett område kan ge minuspoäng markerar ett lodrätt streck noll, och minuspoäng ritas randiga till vänster om strecket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expertvägens totalpoäng: {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}: {achieved} av expertvägens {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>området ensamt högst {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../ui/history_view.py" line="+89"/>
        <source>Utveckling per kompetensområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Andel av bästa möjliga poäng (0–100 %) i varje avslutat försök, äldst till vänster. Varje område har egen färg, linje och markör.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debrief_view.py" line="-64"/>
        <location filename="../ui/pdf.py" line="-111"/>
        <source>Genomgång</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pdf.py" line="-161"/>
        <source>Genomgång: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tänk om: det här är en utforskning från beslut {n} och räknas inte in i ditt resultat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <location filename="../ui/history_view.py" line="-39"/>
        <location filename="../ui/pdf.py" line="+6"/>
        <location filename="../ui/state.py" line="-22"/>
        <source>Godkänd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/history_view.py" line="+3"/>
        <location filename="../ui/pdf.py" line="+1"/>
        <source>Inte godkänd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ett avslutat försök ur historiken. Genomgången visas som den är; försöket ändras inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Genomgångens delar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Sammanfattning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+112"/>
        <source>Riktlinjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Till historiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../ui/pdf.py" line="+4"/>
        <location filename="../ui/workshop/presentation.py" line="+22"/>
        <source>Utfall: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Du gick tillbaka ett steg %n gånger – det går bara i övningsläget, med återkoppling efter varje beslut.</source>
        <translation>
            <numerusform>Du gick tillbaka ett steg %n gång – det går bara i övningsläget, med återkoppling efter varje beslut.</numerusform>
            <numerusform>Du gick tillbaka ett steg %n gånger – det går bara i övningsläget, med återkoppling efter varje beslut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/pdf.py" line="+3"/>
        <source>Kritiska fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/pdf.py" line="+7"/>
        <source>Det här kostade mest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inget av dina beslut kostade poäng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tänk om härifrån</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tänk om: spela vidare från beslut {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spela vidare från det här beslutet. Det påverkar inte ditt resultat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Under varje beslut kan du tänka om: spela vidare därifrån och se vart ett annat val leder. Det påverkar inte ditt resultat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga beslut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../ui/pdf.py" line="+22"/>
        <source>Riktlinjer du följde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pdf.py" line="+1"/>
        <source>Riktlinjer du missade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/pdf.py" line="-2"/>
        <source>Inga.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/feedback_panel.py" line="+23"/>
        <location filename="../ui/pdf.py" line="+0"/>
        <location filename="../ui/authoring/guidance_browser.py" line="+82"/>
        <source>Källa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+86"/>
        <location filename="../ui/pdf.py" line="-8"/>
        <source>Dina beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../ui/pdf.py" line="-11"/>
        <source>Beslut {n} – {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du valde: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf.py" line="-50"/>
        <source>Kostnad: {n} poäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kostnad: inga poäng – bästa möjliga val.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debrief_view.py" line="+3"/>
        <location filename="../ui/pdf.py" line="+65"/>
        <source>Bästa val: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+100"/>
        <location filename="../ui/pdf.py" line="+142"/>
        <source>Din väg och expertvägen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <location filename="../ui/workshop/debrief.py" line="+50"/>
        <source>Till biblioteket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/workshop/debrief.py" line="-6"/>
        <location line="+33"/>
        <source>Spara som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Försök igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Din väg är en heldragen linje och dina rutor har tjock ram; expertvägen är en streckad linje. Håll musen över en ruta för hela rubriken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Spara genomgången som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="+141"/>
        <source>Något gick fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Något oväntat hände i programmet. Dina svar hittills är sparade, och du kan fortsätta där du var.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Något oväntat hände i programmet. Dina svar sparas inte på disken just nu; de finns bara kvar så länge programmet är öppet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>En teknisk beskrivning har sparats i filen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.py" line="+8"/>
        <source>Återkoppling på ditt beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kritiskt fel: det här beslutet kunde ha satt någon i fara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ditt beslut: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poäng: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Följer riktlinjerna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bryter mot riktlinjerna:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/graph_view.py" line="+54"/>
        <source>Scenariots graf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Din väg: {path}. Expertvägen: {expert}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="+8"/>
        <location line="+6"/>
        <location line="+5"/>
        <location filename="../ui/main_window.py" line="+131"/>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj en deltagare i biblioteket för att se historiken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {done}, {passed}, {attempts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n scenarier genomförda</source>
        <translation>
            <numerusform>%n scenario genomfört</numerusform>
            <numerusform>%n scenarier genomförda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n godkända</source>
        <translation>
            <numerusform>%n godkänt</numerusform>
            <numerusform>%n godkända</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n försök</source>
        <translation>
            <numerusform>%n försök</numerusform>
            <numerusform>%n försök</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inga avslutade försök ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avslutade försök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/workshop/history.py" line="+49"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/workshop/history.py" line="+0"/>
        <location filename="../ui/workshop/start_dialog.py" line="+52"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter eller dubbelklick visar försökets genomgång.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Visa genomgången</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>Spara intyg som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf.py" line="+25"/>
        <location line="+10"/>
        <location line="+37"/>
        <source>Intyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="+47"/>
        <location line="+2"/>
        <source>Scenariobibliotek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deltagare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Nytt namn eller pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lägg till deltagare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Välj eller lägg till en deltagare. Namnet sparas bara på den här datorn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Påbörjade övningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fortsätt där du var</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Börja om i stället</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stänger det påbörjade försöket utan resultat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Sök bland scenarierna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filtrera på tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla teman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filtrera på nivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla nivåer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenarier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/authoring/wizard.py" line="+34"/>
        <location line="+1"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/workshop/facilitator.py" line="+123"/>
        <location filename="../ui/workshop/history.py" line="+1"/>
        <location filename="../ui/authoring/view.py" line="+121"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/authoring/wizard.py" line="+2"/>
        <location line="+3"/>
        <source>Tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nivå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/authoring/wizard.py" line="+2"/>
        <location line="+2"/>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Om det valda scenariot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Öppna scenariot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>– ingen vald –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{title} – {n}, påbörjad {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+108"/>
        <source>%n beslut gjorda</source>
        <translation>
            <numerusform>%n beslut gjort</numerusform>
            <numerusform>%n beslut gjorda</numerusform>
        </translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Mina scenarier (skrivna i Författa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Inga scenarier hittades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inget scenario matchar sökningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+1"/>
        <source>Du har redan börjat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du har redan börjat på ”{title}” ({n}). Vill du fortsätta där du var eller börja om från början?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/workshop/start_dialog.py" line="+40"/>
        <source>Fortsätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Börja om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/settings_dialog.py" line="+35"/>
        <location line="+1"/>
        <location filename="../ui/workshop/start_dialog.py" line="-15"/>
        <location filename="../ui/authoring/wizard.py" line="+19"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Scenariot går inte att använda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen innehåller fel och kan inte spelas förrän de är rättade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fel i scenariofilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="+21"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vägledningens version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>okänd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dina data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/main_window.py" line="+199"/>
        <location line="+5"/>
        <source>Dina inställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fellogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <location filename="../ui/main_window.py" line="-18"/>
        <location line="+5"/>
        <source>Organisationens inställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logotyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/lrs_panel.py" line="+91"/>
        <location line="+11"/>
        <source>LRS-adress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Scenariomapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fel i filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen fil (letar efter {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+2"/>
        <location filename="../ui/main_window.py" line="-187"/>
        <source>Om Vägval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/main_window.py" line="-7"/>
        <location filename="../ui/pdf.py" line="+1"/>
        <source>Vägval – övningar i att möta våldsutsatta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+1"/>
        <source>Huvudmeny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bibliotek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/shortcuts_dialog.py" line="+22"/>
        <location filename="../ui/authoring/view.py" line="-53"/>
        <location line="+30"/>
        <source>Författa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/settings_dialog.py" line="-57"/>
        <location line="+1"/>
        <location line="+2"/>
        <location filename="../ui/shortcuts_dialog.py" line="-2"/>
        <source>Inställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/support_dialog.py" line="+49"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Stöd och hjälp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Laddar scenarier …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Organisationens inställningsfil har fel. Det som går att använda används; visa detta för IT-avdelningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filen med dina inställningar var inte en vanlig liten fil (kanske en länk eller en mapp), så den används inte. Den har flyttats orörd till {path}. Standardinställningarna gäller; det du ändrar sparas i en ny fil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Dina sparade framsteg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+26"/>
        <location filename="../ui/workshop/__init__.py" line="+157"/>
        <source>Kan inte fortsätta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Scenariot finns inte längre i biblioteket, så försöket kan inte fortsätta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Scenariot har ändrats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Scenariot har ändrats sedan du började, och din väg finns inte kvar i den nya versionen. Vill du börja om från början?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenariot har ändrats sedan du började, men din väg finns kvar. Vill du fortsätta där du var? Välj Nej för att börja om från början.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Det sparade läget för försöket går inte att läsa, så försöket kan inte fortsätta. Dina andra försök påverkas inte; börja gärna om scenariot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kan inte visa genomgången</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenariot finns inte längre i biblioteket i den form försöket gjordes, så genomgången kan inte visas. Poängen finns kvar i historiken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/markdown_view.py" line="+42"/>
        <source>Bild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/names.py" line="+22"/>
        <source>Skyddad och stöttad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delvis skyddad – en lucka finns kvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Våldet trappades upp eller någon kom till skada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ingen poängförändring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pdf.py" line="-253"/>
        <source>Deltagare: {name} · Datum: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tänk om – räknas inte in i resultatet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Du fick {total} av expertvägens {best} poäng (gräns {mark}), inga kritiska fel och ett utfall som godkänns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ett kritiskt fel som gick att undvika.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledde mot ett sämre slut än det som fortfarande gick att nå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Din väg är en heldragen linje och dina rutor har tjock ram; expertvägen är en streckad linje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+51"/>
        <source>har med godkänt resultat genomfört övningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>i Vägval, ett övningsprogram för yrkesverksamma som möter våldsutsatta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Resultat: {total} av {best} möjliga poäng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+49"/>
        <source>Datum: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Härmed intygas att</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{achieved} av {best}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Underskrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namnförtydligande och roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="+93"/>
        <source>Scenario: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ångra senaste beslutet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z – bara med återkoppling efter varje beslut. Det syns i genomgången att du gick tillbaka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tillbaka till genomgången</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausa och gå till biblioteket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc – inget går förlorat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ångra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tillbaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tänk om: du spelar vidare från beslut {n}. Det här räknas inte in i ditt resultat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Berättelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vad gör du? Välj med musen eller tangenterna 1–9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+302"/>
        <source>Se genomgången</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-292"/>
        <location line="+2"/>
        <source>Handlingar i ärendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vald handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>Visa handlingar (%n)</source>
        <translation>
            <numerusform>Visa handlingar (%n)</numerusform>
            <numerusform>Visa handlingar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Dölj handlingar (%n)</source>
        <translation>
            <numerusform>Dölj handlingar (%n)</numerusform>
            <numerusform>Dölj handlingar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Slut: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se resultatet av tänk om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beslut {n} av cirka {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="+5"/>
        <location line="+16"/>
        <source>Språk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Textstorlek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ljust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mörkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hög kontrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Färgtema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Återkoppling som standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Från organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Inställningsfil: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logotyp på intyg och PDF: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS-adress: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenariomapp: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen har fel; se Om Vägval (Skift+F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location filename="../ui/authoring/view.py" line="+14"/>
        <source>Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Låst av din organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Din organisations val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.py" line="-4"/>
        <source>Överallt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stöd och hjälp (och den här sidan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biblioteket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nästa och föregående knapp eller fält</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter eller blanksteg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tryck på knappen som har fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skärmens standardval (den markerade knappen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biblioteket och historiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pil upp, pil ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj rad i listan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna scenariot, eller genomgången av ett försök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I scenariot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj alternativ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa eller dölj handlingarna i ärendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra senaste beslutet (bara med återkoppling efter varje beslut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausa och gå till biblioteket – inget går förlorat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop, för den som leder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera ett alternativ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En röst mer eller mindre på det markerade alternativet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv in antalet röster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa eller dölj fördelningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Följ majoriteten, eller gå vidare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj det markerade alternativet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa återkopplingen för det markerade alternativet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starta eller pausa timern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projektorvyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hög kontrast på projektorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <location filename="../ui/support_dialog.py" line="+13"/>
        <source>Kortkommandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/state.py" line="-11"/>
        <source>Hedersrelaterat våld och förtryck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vårdnad och våld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitalt våld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Att lämna en våldsam relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Våld i nära relationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fördjupning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ej påbörjad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Påbörjad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej godkänd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Går inte att använda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>svenska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>engelska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Själva fallet är skrivet på {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Din roll: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/support_dialog.py" line="-50"/>
        <source>Nödnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vid akut fara: polis, ambulans, räddningstjänst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polisen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>När det inte är akut: anmäla brott, lämna tips eller få råd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvinnofridslinjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stöd dygnet runt för den som är utsatt för våld, och för anhöriga. Avgiftsfritt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stödlinjen för män</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För män från 18 år som utsatts för hot och våld i en nära relation eller sexuellt våld. Alla dagar kl. 7–21, avgiftsfritt och anonymt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stödlinjen för transpersoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För transpersoner från 18 år, också ickebinära och personer med transerfarenhet, som utsatts för hot och våld i en nära relation eller sexuellt våld. Alla dagar kl. 11–19, avgiftsfritt och anonymt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rätt att välja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För personer i alla åldrar som är utsatta för eller riskerar hedersrelaterat våld och förtryck, och för närstående. Alla dagar kl. 7–21, avgiftsfritt och anonymt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För barn och unga under 18 år. Dygnet runt, anonymt och avgiftsfritt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationella stödtelefonen för yrkesverksamma i hedersfrågor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rådgivning för yrkesverksamma i ärenden om hedersrelaterat våld och förtryck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj att sluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För den som utövar våld eller är rädd att göra det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Innehållet i övningarna kan väcka egna minnen och känslor. Du kan pausa när som helst, och det finns stöd att få – både för dig själv och för dem du möter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="+52"/>
        <location line="+1"/>
        <source>Standardval: Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/saving.py" line="+33"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} är en av Vägvals egna filer, där resultat och inställningar sparas. Spara under ett annat namn eller i en annan mapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Välj en annan fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kunde inte sparas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen kunde inte sparas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ingenting skrevs till filen (är disken full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>Sparad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen är sparad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets.py" line="+10"/>
        <location line="+1"/>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.py" line="-41"/>
        <location filename="../ui/workshop/__init__.py" line="-103"/>
        <location filename="../ui/workshop/start_dialog.py" line="-35"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>Starta workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop/__init__.py" line="+43"/>
        <location line="+1"/>
        <location filename="../ui/workshop/history.py" line="-14"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Workshoppar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Scenariot finns inte längre eller har ändrats sedan workshopen började, så den kan inte fortsätta. Starta gärna en ny workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop/chart.py" line="+46"/>
        <source>Röstfördelning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternativ {n}: {votes} av {total} röster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop/debrief.py" line="-202"/>
        <source>Enighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delade röster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majoritet för ett kritiskt fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rummet och riktlinjerna var överens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Riktlinjerna: {n}. {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(lika röster, handledaren valde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(handledaren valde mot majoriteten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(inga röster, handledaren valde)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rummets väg gav {total} av expertvägens {best} poäng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vägen innehöll {n} kritiskt fel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vägen innehöll {n} kritiska fel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshopen avslutades innan scenariot var slut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+61"/>
        <location filename="../ui/workshop/presentation.py" line="+10"/>
        <source>Rummets genomgång: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Datum: {date} · Beslut: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+86"/>
        <location line="+6"/>
        <source>Rummets väg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+65"/>
        <source>Röster vid varje beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+80"/>
        <source>Frågor som delade rummet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+80"/>
        <source>Rummet var enigt vid varje beslut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+18"/>
        <location line="+79"/>
        <source>Rummets genomgång</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>{n} personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/workshop/presentation.py" line="+3"/>
        <source>{c} beslut i enighet, {s} med delade röster, {k} där rummet föredrog ett kritiskt fel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Beslut {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rummets val: {n}. {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Frågor: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga förberedda frågor; fråga rummet vad som skilde dem åt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>Spara röster som CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <location filename="../ui/workshop/facilitator.py" line="+47"/>
        <source>Projektorvy (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop/facilitator.py" line="-104"/>
        <source>Röster för alternativ {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workshop – handledarvy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../ui/workshop/presentation.py" line="-141"/>
        <source>Diskussionstid kvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scen, anteckningar och frågor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Alternativ och röster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal röster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visa riktlinjernas val och kritiska fel (bara här)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa riktlinjernas val och kritiska fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+53"/>
        <source>Visa fördelningen (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+56"/>
        <source>Följ majoriteten (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Välj markerat alternativ (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa återkoppling för markerat (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diskussionstid i minuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starta/pausa timer (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hög kontrast på projektorn (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pausa och fortsätt senare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Slutet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/workshop/presentation.py" line="+72"/>
        <location line="+24"/>
        <source>Beslut {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dölj fördelningen (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lika – välj alternativ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa beslut (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visa genomgången (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Till slutet (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Obs! Workshopen sparas inte på disken just nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lika röster: välj alternativ med en siffra och tryck Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fördelningen visas på projektorn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valt: alternativ {n}. Tryck en siffra för att visa ett annat alternativs återkoppling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenariot är slut. Tryck Enter för rummets genomgång.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Återkoppling för rummets val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location filename="../ui/workshop/presentation.py" line="+9"/>
        <location line="+8"/>
        <source>Ingen återkoppling för det här valet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Följde riktlinjerna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bröt mot riktlinjerna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visas också: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Handledarens anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Diskussionsfrågor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Riktlinjernas val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kritiskt fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga fler beslut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{total} röster av {people} personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} röster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop/history.py" line="-4"/>
        <source>Inga workshoppar ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbruten – kan fortsätta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Öppna workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop/presentation.py" line="-143"/>
        <source>Tiden är ute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kritiskt fel: det här valet kunde ha satt någon i fara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Workshop – projektorvy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Vägval – workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+35"/>
        <source>Så röstade rummet ({total} röster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Det blev lika. Handledaren avgör.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rummet valde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Det blev lika – handledaren valde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handledaren valde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Om ni hade valt {n}. {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Återkoppling för ett annat alternativ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Att diskutera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rösterna gick också isär vid: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rösta anonymt med mobilen: skanna koden, eller gå till {url} och skriv rumskoden {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop/start_dialog.py" line="+7"/>
        <source>med handledarstöd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gruppens namn (valfritt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. Vuxenenheten, vårens utbildning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Grupp (valfritt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inte angivet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal personer i rummet (valfritt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Antal personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv inga namn på deltagarna. Workshopen sparar bara antal röster per alternativ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Avbrutna workshoppar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{n} beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/extra_folders.py" line="+53"/>
        <source>{n} scenarier inlästa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} filer har fel och visas som ej användbara.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mappen finns inte eller går inte att nå. Kontakta IT om den borde finnas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen svarar inte. Scenarierna läggs till om den svarar senare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen kunde inte läsas: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läses in …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Organisationens mappar: {n} scenarier inlästa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Går inte att nå: {folders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Svarar inte: {folders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Läser fortfarande: {folders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authoring/editor.py" line="+60"/>
        <source>Scenariots text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authoring/guidance_browser.py" line="-49"/>
        <source>Vägledningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Sök i vägledningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Principer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Principen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infoga id i texten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen vägledningskatalog hittades för den här filen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Används i biblioteket: {n} val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>följs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bryts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kritiskt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rad {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… och {n} till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authoring/play_pane.py" line="-44"/>
        <source>följer {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bryter mot {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KRITISKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <location filename="../ui/authoring/view.py" line="+67"/>
        <source>Spela härifrån</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ställ markören i en nod och välj Spela härifrån.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nod att börja i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Börja i:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nodens text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Texten går inte att läsa just nu. Rätta felen i listan, så går det att spela igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Noden {id} finns inte längre; välj var du vill börja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Du spelar från {id}. Poäng och vägledning står vid varje val.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>slut: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authoring/story_map.py" line="+38"/>
        <source>Kritiskt val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+46"/>
        <source>Scenariots karta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Kartan visas när texten går att läsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Streckad grön linje: expertvägen. Röd prickad linje med ⚠: kritiskt val. Ram med !: noden har fel (röd) eller varning (gul). Streckad ram: noden där markören står. Klicka på en nod för att gå till den i texten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Texten går inte att läsa just nu; kartan visar den senaste versionen som gick att läsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authoring/view.py" line="-77"/>
        <source>Nytt scenario …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Öppna från biblioteket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redigera en kopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hitta i texten (Ctrl+F, F3 nästa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hitta i texten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gå till nod (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gå till nod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontroll av scenariot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Fel och varningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Siffror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Karta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vägledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Öppna från biblioteket …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} är inte en vanlig fil (utan en mapp, en enhet eller en namngiven pipe) och kan inte öppnas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen {name} är {size} MB; ett scenario får vara högst {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filen {name} är inte text i UTF-8 och kan inte öppnas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen {name} går inte att öppna: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kontrollen av texten misslyckades: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Författa: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det finns osparad text från förra gången, till exempel efter en krasch. Vill du återställa den?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Återställ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Släng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Öppna scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarier (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>En kopia finns nu bland dina egna scenarier: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inga fel, varningar eller pedagogiska anmärkningar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Siffrorna visas när texten går att analysera (inga fel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expertvägens poäng: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lägsta möjliga poäng: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslut på expertvägen: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslut på kortaste och längsta vägen: {a}–{b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tillstånd i analysen: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poäng per kompetensområde (lägsta–högsta):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gissbarhet: hur ofta en enkel strategi hittar bästa valet ({n} beslut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slumpen: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bästa valet är det längsta: {a}, det kortaste: {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ över gränsen: alternativen avslöjar svaret (se varningen i listan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Det här scenariot följer med appen och kan inte ändras. Välj Redigera en kopia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det gick inte att spara {name}: {reason}. Texten finns kvar här och i återställningsfilen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Återställningsfilen kunde inte skrivas; spara gärna nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filen {name} har tagits bort eller flyttats av ett annat program. Spara för att skriva den igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filen har ändrats av ett annat program. Vill du läsa in den nya versionen? Dina osparade ändringar här försvinner då.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen har ändrats av ett annat program. Vill du läsa in den nya versionen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Läs in igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behåll min text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Skapa ett nytt scenario eller öppna ett. Dina egna scenarier sparas i {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skrivskyddat: det här scenariot följer med appen. Välj Redigera en kopia för att ändra i en egen kopia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ändrat – inte sparat (Ctrl+S sparar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sparat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/authoring/wizard.py" line="-36"/>
        <location line="+1"/>
        <source>Nytt scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Svara på några frågor, så skapas en fil med en startnod och två slut som du sedan skriver vidare på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>till exempel Socialsekreterare, vuxenenheten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kompetensområden som scenariot bedömer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Skapa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>en titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ett tema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>en roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minst ett kompetensområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenariot behöver {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop/phones.py" line="+46"/>
        <source>127.0.0.1 (bara den här datorn, för att prova)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QR-kod till röstsidan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+1"/>
        <location line="+11"/>
        <source>Röster från mobiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nätverk som mobilerna når datorn på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Röstsidan kunde inte startas på {address}: {reason}. Välj ett annat nätverk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deltagarna kan rösta anonymt med mobilen, utan konto och utan internet: mobilerna behöver bara nå den här datorn på samma nätverk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>röstningen är öppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>röstningen är stängd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>väntar på nästa beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress: {url} · Kod: {code} · {n} röster från mobiler ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lrs_link.py" line="+33"/>
        <source>Resultat till organisationen: {n} väntar på att skickas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} avvisade av LRS:en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>LRS-adressen kan inte användas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS:en godtar inte nyckeln och hemligheten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS:en finns inte på adressen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS-adressen leder vidare till en annan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS:en har problem just nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LRS:en svarar inte just nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LRS: {endpoint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{waiting} väntar, {sent} skickade, {rejected} avvisade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senaste försöket: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avvisat: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Resultat till organisationen: allt är skickat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lrs_panel.py" line="-17"/>
        <location filename="../ui/main_window.py" line="-210"/>
        <source>Resultat till organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resultat lämnar datorn bara när en LRS är inställd och deltagaren har sagt ja. Då skickas beslut och resultat under namnet hos organisationen, aldrig pseudonymen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tomt: organisationens adress används.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Nyckel (användarnamn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Hemlighet (lösenord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>sparad; skriv en ny för att byta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hemligheten sparas i operativsystemets nyckelring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hemligheten sparas i filen lrs-secret i datamappen, som bara ditt konto kan läsa (behörighet 0600); datorn har ingen nyckelring som Vägval kan använda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Testa anslutningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>Testar anslutningen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Skicka {name}s resultat till organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj en deltagare för att kunna skicka resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skicka resultat till organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Namn hos organisationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>t.ex. e-postadressen på jobbet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ange LRS-adressen först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Anslutningen fungerar: LRS:en svarade och godtog nyckeln och hemligheten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anslutningen fungerar inte: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
