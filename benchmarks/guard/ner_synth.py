"""Synthetic training text for the name and address tagger (``train_ner.py``).

Everything here is hand-written for this project (round six): international given names and
surnames, titles, address formats of several countries, and sentence templates in contexts
that Presidio's train templates lack (e-mails, forms, chat, lists, citations, CSV and JSON),
with sentences that hold capitalised words that are no names (negatives). None of it was
taken from, or checked against, the test half of Presidio's templates.

A template's ``{{PERSON}}``, ``{{STREET_ADDRESS}}``, ``{{GPE}}``, ``{{ORGANIZATION}}`` ... slots
are filled by ``Filler``; only PERSON and STREET_ADDRESS values are labelled.
"""

from __future__ import annotations

import random
import re

from minigate.guard.pii import names, tagging

Spans = dict[str, list[tuple[int, int]]]
Example = tuple[str, Spans]

SLOT = re.compile(r"\{\{(\w+)\}\}")
LABELLED = {"PERSON": "PERSON", "STREET_ADDRESS": "ADDRESS"}


def _words(block: str) -> list[str]:
    """Whitespace-separated words; an underscore joins a name of two words."""
    return [word.replace("_", " ") for word in block.split()]


GIVEN = _words("""
Aarav Abdullah Adebayo Agnieszka Ahmed Aiko Akira Aleksandr Alejandro Ananya Anders Andrzej
Anh Anneke Antoine Arjun Astrid Ayumi Bao Beatriz Bjorn Björn Bogdan Camille Carmen Chiara
Chidi Chen Dmitri Dmitry Elif Emre Esperanza Farah Fatima Fernando Francesca Giovanni Guadalupe
Gunnar Hamid Hana Hans Haruto Heike Hiroshi Hoang Ibrahim Ingrid Ioana Isabela Jörg Jürgen
Joaquín Kaito Kemal Kenji Kofi Krzysztof Kwame Lakshmi Laurent Leila Linh Lorenzo Luca Lucía
Magdalena Mamadou Mariam Mateus Mehmet Mei Min-jun Mohammed Nadia Naveen Ngozi Nikolai Nguyen
Oksana Olumide Priya Rafael Rahul Ravi Reza Sakura Santiago Seo-yeon Sergei Siddharth Sigrid
Sofía Søren Svetlana Takeshi Thanh Tomasz Uchenna Valentina Vikram Wei Wojciech Xiaoming Yara
Yasmin Yuki Yusuf Zainab Zeynep Zhang Ji-woo Ólafur Ewa Lars Pieter Sanne Joost Femke Bram
Mathilde Élodie François Inès Jean-Luc Marie-Claire Ole Maja Nils Jan Kasia Tatiana Olga
Rohan Deepika Anjali Sunil Ayesha Omar Hamza Layla Tariq Nasrin Dariush Kaveh Mahmoud Amina
""")
SURNAMES = _words("""
Abe Acheampong Adeyemi Almeida Andersen Andersson Bakker Banerjee Barros Becker Bianchi Borowski
Castillo Chatterjee Chaudhry Chen Cho Costa Da_Silva De_Jong Dimitrov Dubois Eriksson Esposito
Fernández Ferreira Fischer Fontaine García Gonçalves Gupta Haddad Hansen Hashemi Hernández
Hoffmann Horvath Huang Ibrahim Ivanov Ivanova Jansen Jovanović Kaminski Kapoor Kim Kovacs
Kowalczyk Kowalski Kumar Lambert Lefebvre Li Lindqvist Liu López Lungu Mahlangu Martínez Meyer
Mensah Moreau Müller Murphy Nakamura Nguyen Nielsen Novak Nowak Okafor Okonkwo Olsen Park Patel
Pereira Petrov Phan Popescu Quispe Rahman Reddy Ricci Rodríguez Romano Rossi Sato Schmidt
Schneider Shevchenko Silva Singh Smirnov Sokolov Suzuki Svensson Takahashi Tanaka Tran Van_Dijk
Vargas Vasquez Visser Volkov Wagner Wang Watanabe Weber Wójcik Yamamoto Yang Yilmaz Zhou Zielinski
Mwangi Otieno Abdi Haile Tesfaye Osei Boateng Nakashima Lindgren Virtanen Korhonen Mäkinen
Papadopoulos Georgiou Demir Kaya Öztürk Çelik Aydin Sahin Ferrari Greco Marino Bruno Moretti
""")
PARTICLE_SURNAMES = ["van der Berg", "de la Cruz", "van Dijk", "de Vries", "von Braun",
                     "dos Santos", "del Río", "di Stefano", "Le Blanc", "O'Connor", "McAllister",
                     "ben Ali", "al-Rashid", "García López", "Pérez-Reverte", "van den Heuvel",
                     "de Groot", "Mac Lochlainn", "St. Clair", "D'Angelo"]  # fmt: skip
TITLES = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Miss", "Rev.",
          "Herr", "Frau", "Mme", "Sr.", "Sra.", "Capt.", "Judge", "Senator"]  # fmt: skip
SUFFIXES = ["Jr.", "Sr.", "III", "II", "PhD", "MD"]

STREET_KINDS = ["Street", "St.", "St", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Lane",
                "Ln", "Drive", "Dr.", "Boulevard", "Blvd", "Court", "Ct", "Way", "Place", "Pl",
                "Terrace", "Parkway", "Highway", "Circle", "Square", "Crescent", "Close",
                "Row", "Hill", "Trail", "Pike", "Alley", "Walk", "Gardens"]  # fmt: skip
DIRECTIONS = ["N", "S", "E", "W", "North", "South", "East", "West", "NE", "SW"]
UNITS = ["Apt. {}", "Apt {}", "Suite {}", "Ste {}", "Unit {}", "#{}", "Floor {}", "Flat {}",
         "Room {}", "Bldg {}", "Apartment {}", "Box {}"]  # fmt: skip
STATES = ["CA", "NY", "TX", "WA", "FL", "IL", "OH", "MA", "GA", "PA", "AZ", "CO", "OR", "NJ",
          "NSW", "VIC", "QLD", "ON", "BC", "QC"]  # fmt: skip
COUNTRIES = ["USA", "United States", "Canada", "Germany", "Netherlands", "France", "Spain",
             "Italy", "Poland", "Japan", "Australia", "UK", "United Kingdom", "Brazil",
             "Mexico", "India", "Denmark", "Norway", "Sweden", "Finland", "Portugal"]  # fmt: skip
STREET_WORDS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Main", "Church", "Mill", "Park",
                "Lake", "Hill", "River", "Sunset", "Highland", "Washington", "Lincoln",
                "Jefferson", "Madison", "Franklin", "Spring", "Walnut", "Chestnut", "Willow",
                "Meadow", "Forest", "Station", "Market", "Bridge", "Harbor", "King", "Queen",
                "Victoria", "George", "High", "Broad", "Front", "Water", "Union", "School",
                "First", "Second", "Third", "5th", "42nd", "1st", "Ninth"]  # fmt: skip
CITIES = ["Springfield", "Riverside", "Fairview", "Greenville", "Bristol", "Salem", "Madison",
          "Georgetown", "Franklin", "Clinton", "Arlington", "Ashland", "Dover", "Milton",
          "Oxford", "Burlington", "Manchester", "Leeds", "Utrecht", "Eindhoven", "Rotterdam",
          "Hamburg", "München", "Köln", "Lyon", "Marseille", "Bordeaux", "Sevilla",
          "Valencia", "Zaragoza", "Torino", "Bologna", "Kraków", "Gdańsk", "Osaka",
          "Nagoya", "Brisbane", "Perth", "Toronto", "Vancouver", "Aarhus", "Bergen",
          "Göteborg", "Tampere", "Porto", "Curitiba", "Guadalajara", "Pune"]  # fmt: skip
# (street name in the country's language, its form): {n} number, {s} street word.
FOREIGN_STREETS = ["{s}straße {n}", "{s}str. {n}", "{s}weg {n}", "{s}straat {n}",
                   "{s}laan {n}", "{s}gracht {n}", "{n} rue {s}", "{n}, rue de la {s}",
                   "{n} avenue {s}", "Calle {s} {n}", "Avenida {s}, {n}", "C/ {s} {n}",
                   "Via {s} {n}", "Viale {s}, {n}", "ul. {s} {n}", "{s}vej {n}",
                   "{s}gatan {n}", "{s}veien {n}", "{s}katu {n}", "Rua {s}, {n}",
                   "Praça {s} {n}", "{s}gade {n}", "Plaza {s} {n}", "Paseo de {s} {n}"]  # fmt: skip
FOREIGN_WORDS = ["Haupt", "Linden", "Berg", "Kerk", "Molen", "Dorp", "Garibaldi", "Roma",
                 "Mayor", "Alcalá", "Victor Hugo", "Marszałkowska", "Nørre", "Kungs", "Storgata",
                 "Rosen", "Sol", "Libertad", "Augusta", "Bahnhof", "Schiller", "Goethe",
                 "Independência", "Dante", "Mickiewicza", "Eiken", "Stations"]  # fmt: skip

# Hand-written sentence templates. {{TITLE}} fills a title outside the labelled span.
TEMPLATES = r"""
Hi {{PERSON}},\n\nThanks for your note. I'll send the contract tomorrow.\n\nBest,\n{{PERSON}}
Dear {{TITLE}} {{PERSON}}, your order has shipped to {{STREET_ADDRESS}}.
Name: {{PERSON}}\nAddress: {{STREET_ADDRESS}}\nPhone: {{PHONE_NUMBER}}
name,email,address\n{{PERSON}},{{EMAIL_ADDRESS}},"{{STREET_ADDRESS}}"
{"name": "{{PERSON}}", "address": "{{STREET_ADDRESS}}", "city": "{{GPE}}"}
Customer {{PERSON}} (id 4471) called about a refund.
can you ask {{PERSON}} if the meeting is still on?
According to {{PERSON}}, the results were not reproducible.
{{PERSON}}, {{PERSON}} and {{PERSON}} signed the petition.
I spoke with {{PERSON}} from {{ORGANIZATION}} yesterday; she said the invoice was paid.
Ship to: {{PERSON}}, {{STREET_ADDRESS}}
The package was left at {{STREET_ADDRESS}} instead of my door.
My landlord, {{PERSON}}, lives at {{STREET_ADDRESS}}.
Please forward all mail to my new address, {{STREET_ADDRESS}}, starting next month.
Patient: {{PERSON}}. DOB: {{DATE_TIME}}. Referred by {{TITLE}} {{PERSON}}.
"Stop it," {{PERSON}} whispered.
Thanks to {{PERSON}} for reviewing the draft (and to {{PERSON}} for the figures).
-- {{PERSON}}
@{{PERSON}} did you push the fix?
The award went to {{PERSON}}, who moved to {{GPE}} in {{DATE_TIME}}.
{{PERSON}} wrote: > I disagree with the second point.
Hello, my name is {{PERSON}} and I live at {{STREET_ADDRESS}}. I want to close my account.
is this {{PERSON}}'s bike?
Send the invoice to {{ORGANIZATION}}, attn. {{PERSON}}, {{STREET_ADDRESS}}.
Our new office: {{STREET_ADDRESS}}. Come visit!
From: {{PERSON}} <{{EMAIL_ADDRESS}}>\nTo: {{PERSON}}\nSubject: Lunch on {{DATE_TIME}}
Witness statement of {{PERSON}}, residing at {{STREET_ADDRESS}}.
I was born in {{GPE}}, but {{PERSON}} raised me in a small flat at {{STREET_ADDRESS}}.
Who is {{PERSON}}?
my neighbour {{PERSON}} keeps parking in front of {{STREET_ADDRESS}}
The report, written by {{PERSON}} and {{PERSON}}, was published by {{ORGANIZATION}}.
Contact person: {{PERSON}} | Tel. {{PHONE_NUMBER}} | {{STREET_ADDRESS}}
In {{DATE_TIME}}, {{PERSON}} founded {{ORGANIZATION}} with two friends.
Can {{PERSON}} pick up the kids at 5?
The deed lists {{PERSON}} as the owner of {{STREET_ADDRESS}}.
Deliver to {{STREET_ADDRESS}}, leave with the neighbour if nobody answers.
Happy birthday, {{PERSON}}!
{{PERSON}} ({{DATE_TIME}}) was a painter and sculptor.
We interviewed {{PERSON}}, a nurse in {{GPE}}.
Billing address:\n{{PERSON}}\n{{STREET_ADDRESS}}
The suspect, {{PERSON}}, was last seen near {{STREET_ADDRESS}}.
reply to {{PERSON}} asap pls
I need the tax records of {{PERSON}}, who lives at {{STREET_ADDRESS}}.
Emergency contact: {{PERSON}} ({{PHONE_NUMBER}})
{{TITLE}} {{PERSON}} will see you now.
The house at {{STREET_ADDRESS}} sold for $450,000.
Meet me at {{STREET_ADDRESS}} around noon.
| {{PERSON}} | {{STREET_ADDRESS}} | {{PHONE_NUMBER}} |
Assignee: {{PERSON}}; reviewer: {{PERSON}}.
Her mother, {{PERSON}}, and her uncle {{PERSON}} came to the wedding.
Translate into French: "{{PERSON}} lives at {{STREET_ADDRESS}}."
Summarise this letter from {{PERSON}} about the noise at {{STREET_ADDRESS}}.
""".strip().splitlines()
NEGATIVES = r"""
The Golden Gate Bridge opened in 1937 and is painted International Orange.
Microsoft Teams and Google Meet both crashed on Monday morning.
We visited the Natural History Museum in London last July.
Please reset the password for the Finance Dashboard before Friday.
The Treaty of Versailles was signed in June 1919.
Apple released the new iPhone in September, and Samsung answered in October.
The Amazon River flows through Brazil, Peru and Colombia.
Turn left at the Shell station, then take Exit 12 toward the airport.
Call Customer Support between 9 AM and 5 PM, Monday to Friday.
The Great Depression began after the Wall Street Crash of 1929.
Our Q3 Revenue Report is attached; see Table 4 and Figure 2.
Python, Rust and Go are the languages on the Platform Team's roadmap.
The Eiffel Tower is 330 metres tall.
Room 204 is on the second floor, next to the Conference Center.
Order #88213 was shipped by UPS Ground on Tuesday.
He listened to The Rolling Stones and Pink Floyd all summer.
Mount Everest lies on the border of Nepal and China.
The United Nations General Assembly meets in New York every September.
Version 2.4 of the Billing API removes the Legacy Export endpoint.
Happy New Year from all of us at the Riverside Community Garden!
""".strip().splitlines()


class Filler:
    """New values for a template's slots; ``pool`` holds values seen in the fit rows."""

    def __init__(self, pool: dict[str, list[str]], rng: random.Random) -> None:
        self.rng = rng
        self.pool = pool
        kinds = names.gazetteer()
        self.given = sorted(n.title() for n, k in kinds.items() if "f" in k) + GIVEN * 20
        self.surnames = sorted(n.title() for n, k in kinds.items() if "l" in k) + SURNAMES * 20
        self.surnames += PARTICLE_SURNAMES * 10

    def value(self, slot: str) -> tuple[str, int, int]:
        """A value for ``slot`` and the labelled part of it (start, end)."""
        r = self.rng
        if slot == "PERSON" and r.random() < 0.7:
            return self.person()
        if slot == "STREET_ADDRESS" and r.random() < 0.6:
            text = self.address()
            return text, 0, len(text)
        if slot == "TITLE" and r.random() < 0.5:
            text = r.choice(TITLES)
            return text, 0, len(text)
        text = r.choice(self.pool.get(slot) or [slot.title()])
        return text, 0, len(text)

    def person(self) -> tuple[str, int, int]:
        r = self.rng
        first, last = r.choice(self.given), r.choice(self.surnames)
        initial = r.choice("ABCDEFGHJKLMNPRSTW")
        name = r.choice(
            [
                f"{first} {last}",
                f"{first} {last}",
                f"{first} {last}",
                f"{first} {initial}. {last}",
                f"{initial}. {last}",
                f"{initial}.{r.choice('ABCDEJKMRT')}. {last}",
                first,
                last,
                f"{first} {last}-{r.choice(self.surnames)}",
                f"{first} {r.choice(self.given)} {last}",
                f"{last}, {first}",
                f"{first} {last} {r.choice(SUFFIXES)}",
            ]
        )
        case = r.random()
        if case < 0.12:
            name = name.lower()
        elif case < 0.17:
            name = name.upper()
        if r.random() < 0.15:  # a title before the name, outside its span
            title = r.choice(TITLES) + " "
            return title + name, len(title), len(title) + len(name)
        return name, 0, len(name)

    def street(self) -> str:
        r = self.rng
        word = r.choice(STREET_WORDS + [r.choice(self.surnames)] * 3)
        if r.random() < 0.35:
            form = r.choice(FOREIGN_STREETS)
            return form.format(
                s=r.choice([*FOREIGN_WORDS, r.choice(self.surnames)]), n=r.randint(1, 250)
            )
        parts = [str(r.randint(1, 99999))]
        if r.random() < 0.2:
            parts.append(r.choice(DIRECTIONS))
        parts += [word, r.choice(STREET_KINDS)]
        street = " ".join(parts)
        if r.random() < 0.3:
            street += r.choice([" ", ", ", "\n"]) + r.choice(UNITS).format(r.randint(1, 999))
        return street

    def address(self) -> str:
        r = self.rng
        street = f"P.O. Box {r.randint(1, 9999)}" if r.random() < 0.08 else self.street()
        if r.random() < 0.05:
            street = f"PO Box {r.randint(1, 99999)}"
        city = r.choice([*CITIES, r.choice(self.surnames) + r.choice(["ville", "ton", "burg"])])
        zip_code = r.choice([str(r.randint(10000, 99999)), f"{r.randint(1000, 9999)} AB",
                             f"{r.randint(10, 99)}-{r.randint(100, 999)}",
                             f"SW{r.randint(1, 20)} {r.randint(1, 9)}AA"])  # fmt: skip
        state, country = r.choice(STATES), r.choice(COUNTRIES)
        lowered = r.random() < 0.08
        shape = r.choice(
            [
                street,
                street,
                f"{street}, {city}",
                f"{street}, {city}, {state} {zip_code}",
                f"{street}\n{city}, {state} {zip_code}",
                f"{street}, {zip_code} {city}",
                f"{street}, {zip_code} {city}, {country}",
                f"{street}\n{zip_code} {city}\n{country}",
                f"{street}\n {city}\n {country} {zip_code}",
            ]
        )
        return shape.lower() if lowered else shape

    def refill(self, template: str, pieces: list[list[str]] | None = None) -> Example:
        """``template`` with each slot filled, and the PERSON/ADDRESS spans of the result.
        ``pieces[i]`` are values seen in the template's i-th STREET_ADDRESS slot, for templates
        that split an address over several slots (number, street, unit, postcode): Presidio
        labels each piece as a span of its own, and a whole address in each slot would teach
        the tagger to join them."""
        parts: list[str] = []
        spans: Spans = {k: [] for k in tagging.TAGGED}
        at = last = 0
        address_slot = 0
        for match in SLOT.finditer(template):
            parts.append(template[last : match.start()])
            at += match.start() - last
            if match[1] == "STREET_ADDRESS" and pieces:
                value = self.rng.choice(pieces[address_slot])
                start, end = 0, len(value)
                address_slot += 1
            else:
                value, start, end = self.value(match[1])
            kind = LABELLED.get(match[1])
            if kind is not None:
                spans[kind].append((at + start, at + end))
            parts.append(value)
            at += len(value)
            last = match.end()
        parts.append(template[last:])
        return "".join(parts), spans


def hand_written(filler: Filler, copies: int) -> list[Example]:
    """The templates above, each filled ``copies`` times, and the negatives once."""
    out = [filler.refill(t.replace("\\n", "\n")) for t in TEMPLATES for _ in range(copies)]
    return out + [(t, {k: [] for k in tagging.TAGGED}) for t in NEGATIVES]
