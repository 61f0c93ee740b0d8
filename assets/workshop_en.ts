<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name />
    <message>
      <location filename="../ui/workshop/__init__.py" line="+43" />
      <location filename="../ui/workshop/start_dialog.py" line="+35" />
      <location line="+1" />
      <location line="+5" />
      <source>Starta workshop</source>
      <translation>Start workshop</translation>
    </message>
    <message>
      <location line="+101" />
      <source>Scenariot finns inte längre eller har ändrats sedan workshopen började, så den kan inte fortsätta. Starta gärna en ny workshop.</source>
      <translation>The scenario is no longer there or has changed since the workshop began, so it cannot continue. Please start a new workshop.</translation>
    </message>
    <message>
      <location filename="../ui/workshop/history.py" line="+31" />
      <location line="+4" />
      <location line="+6" />
      <location filename="../ui/workshop/__init__.py" line="-59" />
      <location line="+1" />
      <source>Workshoppar</source>
      <translation>Workshops</translation>
    </message>
    <message>
      <location filename="../ui/workshop/__init__.py" line="+57" />
      <source>Kan inte fortsätta</source>
      <translation>Cannot continue</translation>
    </message>
    <message>
      <location filename="../ui/workshop/chart.py" line="+46" />
      <source>Röstfördelning</source>
      <translation>Vote split</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Alternativ {n}: {votes} av {total} röster</source>
      <translation>Option {n}: {votes} of {total} votes</translation>
    </message>
    <message>
      <location filename="../ui/workshop/debrief.py" line="+37" />
      <source>Enighet</source>
      <translation>Consensus</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Delade röster</source>
      <translation>Split vote</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Majoritet för ett kritiskt fel</source>
      <translation>Majority for a critical error</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Rummet och riktlinjerna var överens</source>
      <translation>The room and the guidance agreed</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Riktlinjerna: {n}. {text}</source>
      <translation>Guidance: {n}. {text}</translation>
    </message>
    <message>
      <location line="+4" />
      <source>(lika röster, handledaren valde)</source>
      <translation>(tied vote, the facilitator chose)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>(handledaren valde mot majoriteten)</source>
      <translation>(the facilitator overrode the majority)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>(inga röster, handledaren valde)</source>
      <translation>(no votes, the facilitator chose)</translation>
    </message>
    <message>
      <location line="+10" />
      <source>Rummets väg gav {total} av {best} möjliga poäng.</source>
      <translation>The room's path scored {total} of {best} possible points.</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Vägen innehöll {n} kritiskt fel.</source>
      <translation>The path contained {n} critical error.</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Vägen innehöll {n} kritiska fel.</source>
      <translation>The path contained {n} critical errors.</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Workshopen avslutades innan scenariot var slut.</source>
      <translation>The workshop ended before the scenario did.</translation>
    </message>
    <message>
      <location line="+18" />
      <location line="+61" />
      <location filename="../ui/workshop/presentation.py" line="+211" />
      <source>Rummets genomgång: {title}</source>
      <translation>The room's debrief: {title}</translation>
    </message>
    <message>
      <location line="-59" />
      <source>Datum: {date} · Beslut: {n}</source>
      <translation>Date: {date} · Decisions: {n}</translation>
    </message>
    <message>
      <location line="+3" />
      <location line="+69" />
      <source>Resultat per kompetensområde</source>
      <translation>Result per competence area</translation>
    </message>
    <message>
      <location line="-66" />
      <location line="+86" />
      <location line="+6" />
      <source>Rummets väg</source>
      <translation>The room's path</translation>
    </message>
    <message>
      <location line="-88" />
      <location line="+65" />
      <source>Röster vid varje beslut</source>
      <translation>Votes at each decision</translation>
    </message>
    <message>
      <location line="-55" />
      <location line="+80" />
      <source>Frågor som delade rummet</source>
      <translation>Questions that divided the room</translation>
    </message>
    <message>
      <location line="-78" />
      <location line="+80" />
      <source>Rummet var enigt vid varje beslut.</source>
      <translation>The room agreed at every decision.</translation>
    </message>
    <message>
      <location line="-65" />
      <location line="+18" />
      <location line="+79" />
      <source>Rummets genomgång</source>
      <translation>The room's debrief</translation>
    </message>
    <message>
      <location line="-71" />
      <source>{n} personer</source>
      <translation>{n} people</translation>
    </message>
    <message>
      <location line="+6" />
      <location filename="../ui/workshop/presentation.py" line="+3" />
      <source>{c} beslut i enighet, {s} med delade röster, {k} där rummet föredrog ett kritiskt fel.</source>
      <translation>{c} decisions by consensus, {s} with a split vote, {k} where the room preferred a critical error.</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Beslut {n}: {title}</source>
      <translation>Decision {n}: {title}</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Rummets val: {n}. {text}</source>
      <translation>The room's choice: {n}. {text}</translation>
    </message>
    <message>
      <location line="+20" />
      <source>Frågor: {title}</source>
      <translation>Questions: {title}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Inga förberedda frågor; fråga rummet vad som skilde dem åt.</source>
      <translation>No prepared questions; ask the room what set them apart.</translation>
    </message>
    <message>
      <location line="+6" />
      <location line="+31" />
      <source>Spara som PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location line="-29" />
      <location line="+35" />
      <source>Spara röster som CSV</source>
      <translation>Save votes as CSV</translation>
    </message>
    <message>
      <location line="-33" />
      <location filename="../ui/workshop/facilitator.py" line="+158" />
      <source>Projektorvy (P)</source>
      <translation>Projector view (P)</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Till biblioteket</source>
      <translation>To the library</translation>
    </message>
    <message>
      <location filename="../ui/workshop/facilitator.py" line="-94" />
      <source>Röster för alternativ {n}</source>
      <translation>Votes for option {n}</translation>
    </message>
    <message>
      <location line="+21" />
      <source>Workshop – handledarvy</source>
      <translation>Workshop – facilitator view</translation>
    </message>
    <message>
      <location line="+27" />
      <location filename="../ui/workshop/presentation.py" line="-118" />
      <source>Diskussionstid kvar</source>
      <translation>Discussion time left</translation>
    </message>
    <message>
      <location filename="../ui/workshop/history.py" line="+4" />
      <location filename="../ui/workshop/facilitator.py" line="+4" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../ui/workshop/facilitator.py" line="+4" />
      <source>Scen, anteckningar och frågor</source>
      <translation>Scene, notes and questions</translation>
    </message>
    <message>
      <location line="+3" />
      <location line="+2" />
      <source>Alternativ och röster</source>
      <translation>Options and votes</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Antal röster</source>
      <translation>Number of votes</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Visa riktlinjernas val och kritiska fel (bara här)</source>
      <translation>Show the guidance's choice and critical errors (here only)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Visa riktlinjernas val och kritiska fel</source>
      <translation>Show the guidance's choice and critical errors</translation>
    </message>
    <message>
      <location line="+10" />
      <location line="+51" />
      <source>Visa fördelningen (V)</source>
      <translation>Show the split (V)</translation>
    </message>
    <message>
      <location line="-49" />
      <location line="+54" />
      <source>Följ majoriteten (Enter)</source>
      <translation>Follow the majority (Enter)</translation>
    </message>
    <message>
      <location line="-52" />
      <source>Välj markerat alternativ (Ctrl+Enter)</source>
      <translation>Take the selected option (Ctrl+Enter)</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Visa återkoppling för markerat (F)</source>
      <translation>Show feedback for the selected (F)</translation>
    </message>
    <message>
      <location line="+5" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Diskussionstid i minuter</source>
      <translation>Discussion time in minutes</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Starta/pausa timer (T)</source>
      <translation>Start/pause timer (T)</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Hög kontrast på projektorn (K)</source>
      <translation>High contrast on the projector (K)</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Pausa och fortsätt senare</source>
      <translation>Pause and continue later</translation>
    </message>
    <message>
      <location line="+21" />
      <source>Slutet</source>
      <translation>The ending</translation>
    </message>
    <message>
      <location line="+1" />
      <location filename="../ui/workshop/presentation.py" line="+51" />
      <location line="+24" />
      <source>Beslut {n}</source>
      <translation>Decision {n}</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Dölj fördelningen (V)</source>
      <translation>Hide the split (V)</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Lika – välj alternativ</source>
      <translation>Tied – pick an option</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Nästa beslut (Enter)</source>
      <translation>Next decision (Enter)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Visa genomgången (Enter)</source>
      <translation>Show the debrief (Enter)</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Till slutet (Enter)</source>
      <translation>To the ending (Enter)</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Obs! Workshopen sparas inte på disken just nu.</source>
      <translation>Note: the workshop is not being saved to disk right now.</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Lika röster: välj alternativ med en siffra och tryck Ctrl+Enter.</source>
      <translation>Tied vote: pick an option with a number key and press Ctrl+Enter.</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Fördelningen visas på projektorn.</source>
      <translation>The split is shown on the projector.</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Valt: alternativ {n}. Tryck en siffra för att visa ett annat alternativs återkoppling.</source>
      <translation>Chosen: option {n}. Press a number key to show another option's feedback.</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Scenariot är slut. Tryck Enter för rummets genomgång.</source>
      <translation>The scenario has ended. Press Enter for the room's debrief.</translation>
    </message>
    <message>
      <location line="+23" />
      <source>Återkoppling för rummets val</source>
      <translation>Feedback for the room's choice</translation>
    </message>
    <message>
      <location line="+3" />
      <location line="+10" />
      <location filename="../ui/workshop/presentation.py" line="+9" />
      <location line="+8" />
      <source>Ingen återkoppling för det här valet.</source>
      <translation>No feedback for this choice.</translation>
    </message>
    <message>
      <location line="-9" />
      <source>Följde riktlinjerna</source>
      <translation>Followed the guidance</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Bröt mot riktlinjerna</source>
      <translation>Went against the guidance</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Visas också: {text}</source>
      <translation>Also shown: {text}</translation>
    </message>
    <message>
      <location line="+7" />
      <location line="+3" />
      <source>Handledarens anteckningar</source>
      <translation>Facilitator's notes</translation>
    </message>
    <message>
      <location line="+3" />
      <location line="+3" />
      <source>Diskussionsfrågor</source>
      <translation>Discussion questions</translation>
    </message>
    <message>
      <location line="+20" />
      <source>Riktlinjernas val</source>
      <translation>The guidance's choice</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Kritiskt fel</source>
      <translation>Critical error</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Inga fler beslut.</source>
      <translation>No more decisions.</translation>
    </message>
    <message>
      <location line="+27" />
      <source>{total} röster av {people} personer</source>
      <translation>{total} votes from {people} people</translation>
    </message>
    <message>
      <location line="+2" />
      <source>{total} röster</source>
      <translation>{total} votes</translation>
    </message>
    <message>
      <location filename="../ui/workshop/history.py" line="-8" />
      <source>Inga workshoppar ännu.</source>
      <translation>No workshops yet.</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location line="+0" />
      <location filename="../ui/workshop/start_dialog.py" line="+3" />
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Grupp</source>
      <translation>Group</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Beslut</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Klar</source>
      <translation>Finished</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Avbruten – kan fortsätta</source>
      <translation>Interrupted – can continue</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Öppna workshop</source>
      <translation>Open workshop</translation>
    </message>
    <message>
      <location filename="../ui/workshop/presentation.py" line="-122" />
      <source>Tiden är ute</source>
      <translation>Time's up</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Kritiskt fel: det här valet kunde ha satt någon i fara.</source>
      <translation>Critical error: this choice could have put someone in danger.</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Handling: {title}</source>
      <translation>Document: {title}</translation>
    </message>
    <message>
      <location line="+13" />
      <location line="+9" />
      <source>Workshop – projektorvy</source>
      <translation>Workshop – projector view</translation>
    </message>
    <message>
      <location line="-8" />
      <source>Vägval – workshop</source>
      <translation>Vägval – workshop</translation>
    </message>
    <message>
      <location line="+65" />
      <location line="+35" />
      <source>Så röstade rummet ({total} röster)</source>
      <translation>How the room voted ({total} votes)</translation>
    </message>
    <message>
      <location line="-28" />
      <source>Det blev lika. Handledaren avgör.</source>
      <translation>A tie. The facilitator decides.</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Rummet valde</source>
      <translation>The room chose</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Det blev lika – handledaren valde</source>
      <translation>A tie – the facilitator chose</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Handledaren valde</source>
      <translation>The facilitator chose</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Återkoppling</source>
      <translation>Feedback</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Om ni hade valt {n}. {text}</source>
      <translation>Had you chosen {n}. {text}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Återkoppling för ett annat alternativ</source>
      <translation>Feedback for another option</translation>
    </message>
    <message>
      <location line="+14" />
      <source>Utfall: {outcome}</source>
      <translation>Outcome: {outcome}</translation>
    </message>
    <message>
      <location line="+18" />
      <source>Att diskutera</source>
      <translation>To discuss</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Rösterna gick också isär vid: {titles}</source>
      <translation>The votes also split at: {titles}</translation>
    </message>
    <message>
      <location filename="../ui/workshop/start_dialog.py" line="+4" />
      <source>med handledarstöd</source>
      <translation>with facilitator notes</translation>
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Scenario</source>
      <translation>&amp;Scenario</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Gruppens namn (valfritt)</source>
      <translation>The group's name (optional)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>t.ex. Vuxenenheten, vårens utbildning</source>
      <translation>e.g. Adult services, spring course</translation>
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Grupp (valfritt)</source>
      <translation>&amp;Group (optional)</translation>
    </message>
    <message>
      <location line="+3" />
      <source>inte angivet</source>
      <translation>not given</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Antal personer i rummet (valfritt)</source>
      <translation>Number of people in the room (optional)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Antal personer</source>
      <translation>&amp;Number of people</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Skriv inga namn på deltagarna. Workshopen sparar bara antal röster per alternativ.</source>
      <translation>Do not write the participants' names. The workshop keeps only the number of votes per option.</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Starta</source>
      <translation>Start</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Avbryt</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location line="+8" />
      <location line="+3" />
      <source>Avbrutna workshoppar</source>
      <translation>Interrupted workshops</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Fortsätt</source>
      <translation>Continue</translation>
    </message>
    <message>
      <location line="+40" />
      <source>{n} beslut</source>
      <translation>{n} decisions</translation>
    </message>
  </context>
</TS>