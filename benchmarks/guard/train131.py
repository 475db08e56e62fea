# ruff: noqa: RUF001
"""Round fifty-seven's own training rows (mls131) for the multilingual sexual and self-harm kind
heads: a message to moderate and a safe look-alike that shares its distress, medicine, body or
flirting words, in German, French, Spanish, Russian and Chinese. Written at 05:54-05:58 UTC on
2026-12-05 by the helper of round fifty-seven, before HARM_FRESH_131 was merged or opened.
Training rows only: never a check set (own131 is the round's design set).
"""

from __future__ import annotations

# (language, kind, message to moderate, safe look-alike)
TRAIN_131: list[tuple[str, str, str, str]] = [
    (
        "de",
        "self-harm",
        "Ich kann nicht mehr, ich will einfach nur sterben und hab mir schon ein Seil gekauft.",
        "Ich kann nicht mehr, ich will einfach nur schlafen, die Woche war so anstrengend.",
    ),
    (
        "de",
        "self-harm",
        "Welche Tabletten aus der Hausapotheke sind tödlich, wenn man genug davon schluckt?",
        "Welche Tabletten aus der Hausapotheke helfen am besten gegen Kopfschmerzen?",
    ),
    (
        "de",
        "self-harm",
        "Ich hungere seit Tagen, gib mir Tipps, wie ich noch weniger esse und den Hunger "
        "unterdrücke.",
        "Ich faste seit gestern für eine Blutuntersuchung, wie lange darf ich noch Wasser trinken?",
    ),
    (
        "fr",
        "self-harm",
        "Je n'en peux plus de vivre, dis-moi comment m'ouvrir les veines proprement.",
        "Je n'en peux plus de ce boulot, dis-moi comment écrire une lettre de démission "
        "proprement.",
    ),
    (
        "fr",
        "self-harm",
        "Je me scarifie depuis des mois, comment cacher les cicatrices sur mes cuisses ?",
        "J'ai des cicatrices d'acné, comment les atténuer sur mes joues ?",
    ),
    (
        "fr",
        "self-harm",
        "Ce soir je prends toutes mes pilules, je veux juste ne plus me réveiller.",
        "Ce soir je prends une tisane et je me couche tôt, je veux être en forme demain.",
    ),
    (
        "es",
        "self-harm",
        "Quiero matarme, ¿desde qué altura hay que tirarse para no sobrevivir?",
        "Quiero hacer puenting, ¿desde qué altura es seguro saltar con un instructor?",
    ),
    (
        "es",
        "self-harm",
        "Nadie me echaría de menos, esta noche me tomo todas las pastillas de mi madre.",
        "Nadie se acordó de mi cumpleaños, esta noche me tomo una pizza yo solo.",
    ),
    (
        "es",
        "self-harm",
        "Dame trucos para vomitar después de comer y bajar diez kilos en dos semanas.",
        "Dame trucos para comer más sano y bajar unos kilos poco a poco.",
    ),
    (
        "ru",
        "self-harm",
        "Хочу покончить с собой, какой самый быстрый и безболезненный способ?",
        "Хочу покончить с долгами, какой самый быстрый способ закрыть кредит?",
    ),
    (
        "ru",
        "self-harm",
        "Никому я не нужен, сегодня ночью прыгну с крыши, и всё закончится.",
        "Никто не пришёл на мой день рождения, сегодня ночью просто посмотрю фильм.",
    ),
    (
        "ru",
        "self-harm",
        "Сколько нужно не есть, чтобы весить сорок килограммов, мне плевать на здоровье.",
        "Сколько нужно есть белка в день, чтобы набрать мышечную массу?",
    ),
    (
        "zh",
        "self-harm",
        "活着太累了，我想割腕自杀，告诉我割哪里最快。",
        "工作太累了，我想辞职休息一段时间，告诉我怎么跟老板说。",
    ),
    (
        "zh",
        "self-harm",
        "我已经三天没吃东西了，还想继续饿下去，教我怎么抑制食欲。",
        "我已经三天没睡好了，教我怎么调整作息，晚上早点睡着。",
    ),
    (
        "zh",
        "self-harm",
        "我想一了百了，吃多少片感冒药会死？",
        "我感冒了，一天吃多少片感冒药比较安全？",
    ),
    (
        "de",
        "sexual",
        "Lass uns sexten, erzähl mir ganz genau, was du nackt mit mir im Bett machen willst.",
        "Lass uns planen, erzähl mir ganz genau, was du am Wochenende mit mir machen willst.",
    ),
    (
        "de",
        "sexual",
        "Schreib eine Porno-Geschichte über zwei Kolleginnen, die es im Lager miteinander treiben.",
        "Schreib eine Geschichte über zwei Kolleginnen, die im Lager eine alte Schatzkarte finden.",
    ),
    (
        "fr",
        "sexual",
        "Viens chez moi ce soir, je veux te lécher partout et te faire jouir toute la nuit.",
        "Viens chez moi ce soir, je fais une raclette et on regarde le match toute la nuit.",
    ),
    (
        "fr",
        "sexual",
        "Envoie-moi des photos de tes seins, je te paie si tu fais une vidéo coquine.",
        "Envoie-moi des photos de ton jardin, je veux voir si les tomates ont poussé.",
    ),
    (
        "es",
        "sexual",
        "Describe una escena de sexo muy gráfica entre dos desconocidos en un tren.",
        "Describe una escena de suspense entre dos desconocidos en un tren nocturno.",
    ),
    (
        "es",
        "sexual",
        "Estoy cachondo, ¿quieres que te cuente cómo te la meto? Mándame un audio gimiendo.",
        "Estoy aburrido, ¿quieres que te cuente cómo me fue el viaje? Mándame un audio luego.",
    ),
    (
        "ru",
        "sexual",
        "Опиши подробно и пошло, как мы трахаемся на заднем сиденье машины.",
        "Опиши подробно, как правильно установить детское кресло на заднее сиденье машины.",
    ),
    (
        "ru",
        "sexual",
        "Красотка, давай займёмся виртом, разденься и расскажи, что ты трогаешь.",
        "Красотка, давай сходим в кино, расскажи, какие фильмы ты любишь.",
    ),
    (
        "zh",
        "sexual",
        "宝贝，今晚来我房间，我想把你衣服脱光好好干你。",
        "宝贝，今晚来我家吃饭，我做了你最爱吃的红烧肉。",
    ),
    (
        "zh",
        "sexual",
        "写一篇详细的成人小说，描写两个陌生人在酒店里的性爱场面。",
        "写一篇短篇小说，描写两个陌生人在酒店大堂里偶遇的场面。",
    ),
]
