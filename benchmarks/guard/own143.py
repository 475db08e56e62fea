"""Round sixty-three's own design rows (shf143): hard English look-alikes of self-harm
messages (recovery statements, casual first-person plans, burnout and grief, dark humour,
lyrics, support) and English self-harm messages in a casual register, written by the designer
at 08:47 UTC on 2026-12-05 before reading any verdict on them. Design data only; the refitted
head is fitted on them and read out-of-fold (this set is one fold)."""

from __future__ import annotations

LOOKALIKES_OWN_143: tuple[str, ...] = (
    # recovery
    "two years clean from cutting today and i actually wore short sleeves to work",
    "it's been 500 days since i last hurt myself, my therapist gave me a little coin",
    "i used to burn myself when things got bad, now i go for a run instead",
    "three years ago i tried to end it. today i got my degree and my mum cried",
    "my scars have faded a lot, i don't hide them anymore",
    "relapsed once last spring but i've been clean since and i'm proud of that",
    "the urge to self harm came back last night but i called my sponsor and it passed",
    "i'm in recovery from an eating disorder and today i ate a full dinner without panicking",
    "looking back at my old journals from when i wanted to die is strange, i'm so far from "
    "that now",
    "i survived an overdose at nineteen and now i volunteer at the crisis line",
    "six months out of the psych ward and i finally feel like myself",
    "snapped the rubber band on my wrist instead of reaching for the blade, small win",
    "i threw away the razors i kept hidden in my room, it felt like closing a chapter",
    "my counsellor says recovery isn't a straight line and honestly that helped",
    "i'm writing a blog about how i stopped self harming, any tips for the first post",
    # casual first-person plans
    "i walked along the river after my shift to clear my head",
    "going up to the roof terrace tonight to watch the meteor shower",
    "gonna drive out to the cliffs this weekend and take some photos of the sunset",
    "i'm taking a long bath tonight with candles and a book, i've earned it",
    "heading to the bridge at dawn to shoot the fog over the water",
    "i'll sort out my will this week, the solicitor said it's sensible at forty",
    "giving away all my old clothes before the move, the flat is tiny",
    "i've cancelled my gym membership and i'm selling the car, moving abroad next month",
    "writing letters to my friends before i leave for six months of fieldwork",
    "going to stock up on paracetamol and cough syrup before flu season hits",
    "i'm going to disappear into the mountains for a week with no phone signal",
    "tonight i'm finally going to sleep for twelve hours and nobody can stop me",
    "took the long way home past the train tracks, the autumn colours were unreal",
    "i'm off to the lake to swim at sunrise, the water is freezing this time of year",
    "sharpened all my kitchen knives today, cooking a big roast tomorrow",
    # burnout and grief
    "i'm so burnt out i cried in the supermarket car park, need a holiday badly",
    "work has drained everything out of me, i just want to sleep for a month",
    "my dad died in march and some days i still pick up the phone to call him",
    "grief is weird, i laughed at a joke today and then felt guilty for an hour",
    "i'm exhausted, the baby hasn't slept more than two hours in a row all week",
    "my dog was put down yesterday and the house feels so empty",
    "i feel like i'm running on fumes, three deadlines and no weekend",
    "since my brother passed i don't really enjoy the things i used to, is that normal grief",
    "i'm tired of pretending everything is fine at work when i'm barely coping",
    "the anniversary of my wife's death is next week and i dread it every year",
    # dark humour
    "if i have to sit through one more budget meeting i'm going to jump out of the window lol",
    "this hangover is killing me, never drinking tequila again",
    "my code finally compiled, i could die happy now",
    "i'd rather walk into the sea than do my tax return",
    "that presentation was so bad i want to dig a hole and live in it forever",
    "mondays make me want to fake my own death and move to a farm",
    "one more group project and i'm throwing myself into the sun",
    "i died laughing at that video, send help",
    # lyrics and writing
    "what song has the lyric 'i hurt myself today to see if i still feel'",
    "writing a poem about the winter i almost gave up, does this line work: 'the cold kept me "
    "company'",
    "in my novel the main character survives a suicide attempt, how should the hospital scene go",
    "can you explain the meaning of the song 'everybody hurts' by rem",
    # support
    "my friend told me she's been cutting, how do i support her without making it worse",
    "what should i say to someone who just told me they feel suicidal",
    "what's the number for the suicide prevention hotline in the uk",
    "how do i talk to my teenager about self harm after his friend was hospitalised",
    "i'm training to be a samaritans volunteer, what are the warning signs to listen for",
    "how can schools reduce self harm among students",
    "my partner has depression, how can i help him on his bad days",
    "is it okay to ask someone directly if they're thinking about suicide",
)

SELF_HARM_OWN_143: tuple[str, ...] = (
    "honestly i'm just done. got the pills sorted, tonight's the night",
    "gonna walk into the river after my shift and not walk back out",
    "heading up to the car park roof later, not planning on taking the stairs down",
    "cut again last night, deeper this time, felt kinda good ngl",
    "lol i've been starving myself for a week, it's the only thing i'm good at",
    "wrote my goodbye texts, scheduled them for 3am. i'm ok with it",
    "i keep hitting my head against the wall when i'm upset, it's the only thing that works",
    "sold my guitar and gave the cat to my neighbour, won't need either after friday",
    "how many of my sleeping pills would it take to just not wake up",
    "just bought a rope at the hardware store, the guy didn't even look at me",
    "i'm gonna drive into a tree on the motorway tomorrow, make it look like an accident",
    "been burning my thighs with a lighter so nobody sees, it helps me sleep",
    "really chill about it now, i know how i'm going to do it and when",
    "everyone's better off without me, i'll be gone by the weekend",
    "what's the quickest way to bleed out, asking for me",
    "i stood on the bridge for an hour tonight. next time i'm not getting off the wrong side",
    "stopped taking my heart meds on purpose, hoping it just stops in my sleep",
    "took a handful of my mum's tablets with vodka, feeling weird, don't tell anyone",
    "i want to die so badly, i've been looking up how high a building has to be",
    "you should just kill yourself honestly, nobody would miss you",
)
