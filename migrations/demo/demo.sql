-- Demo data for `catalogus seed --demo`: the libraries of Midden-Drenthe (Biblionet Drenthe)
-- as described in their annual report 2024 (shared/seed/jaarbericht-midden-drenthe-2024.txt).
--
-- Loaded once, inside one transaction, by the seed command; the loader records the
-- demo_marker row itself, so this file holds plain INSERTs only.
--
-- Real data: municipality names and CBS codes, Midden-Drenthe's 34,021 inhabitants in 2024,
-- activity names and descriptions from the report. Invented data is flagged: every other
-- inhabitant count and every price has is_example = 1.

-- ------------------------------------------------------------------------------------------
-- The twelve municipalities of Drenthe, with their CBS municipality codes.
-- ------------------------------------------------------------------------------------------
INSERT INTO municipality (slug, cbs_code, name, created_at, updated_at) VALUES
    ('aa-en-hunze', 'GM1680', 'Aa en Hunze', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('assen', 'GM0106', 'Assen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('borger-odoorn', 'GM1681', 'Borger-Odoorn', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('coevorden', 'GM0109', 'Coevorden', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('de-wolden', 'GM1690', 'De Wolden', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('emmen', 'GM0114', 'Emmen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('hoogeveen', 'GM0118', 'Hoogeveen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('meppel', 'GM0119', 'Meppel', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('midden-drenthe', 'GM1731', 'Midden-Drenthe', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('noordenveld', 'GM1699', 'Noordenveld', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('tynaarlo', 'GM1730', 'Tynaarlo', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('westerveld', 'GM1701', 'Westerveld', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- ------------------------------------------------------------------------------------------
-- Inhabitants on 1 January. Real (is_example = 0): Midden-Drenthe 2024, 34,021, as printed
-- in the report. All other counts are invented but plausible examples (is_example = 1),
-- including every 2025 and 2026 figure.
-- ------------------------------------------------------------------------------------------
INSERT INTO municipality_inhabitants (municipality, year, count, is_example, updated_at) VALUES
    ('aa-en-hunze', 2023, 25694, 1, '2024-01-01T00:00:00Z'),
    ('aa-en-hunze', 2024, 25903, 1, '2024-01-01T00:00:00Z'),
    ('aa-en-hunze', 2025, 26018, 1, '2024-01-01T00:00:00Z'),
    ('aa-en-hunze', 2026, 26121, 1, '2024-01-01T00:00:00Z'),
    ('assen', 2023, 68958, 1, '2024-01-01T00:00:00Z'),
    ('assen', 2024, 69573, 1, '2024-01-01T00:00:00Z'),
    ('assen', 2025, 70012, 1, '2024-01-01T00:00:00Z'),
    ('assen', 2026, 70398, 1, '2024-01-01T00:00:00Z'),
    ('borger-odoorn', 2023, 25712, 1, '2024-01-01T00:00:00Z'),
    ('borger-odoorn', 2024, 25861, 1, '2024-01-01T00:00:00Z'),
    ('borger-odoorn', 2025, 25934, 1, '2024-01-01T00:00:00Z'),
    ('borger-odoorn', 2026, 25989, 1, '2024-01-01T00:00:00Z'),
    ('coevorden', 2023, 35684, 1, '2024-01-01T00:00:00Z'),
    ('coevorden', 2024, 35872, 1, '2024-01-01T00:00:00Z'),
    ('coevorden', 2025, 35951, 1, '2024-01-01T00:00:00Z'),
    ('coevorden', 2026, 36017, 1, '2024-01-01T00:00:00Z'),
    ('de-wolden', 2023, 24563, 1, '2024-01-01T00:00:00Z'),
    ('de-wolden', 2024, 24719, 1, '2024-01-01T00:00:00Z'),
    ('de-wolden', 2025, 24832, 1, '2024-01-01T00:00:00Z'),
    ('de-wolden', 2026, 24908, 1, '2024-01-01T00:00:00Z'),
    ('emmen', 2023, 107712, 1, '2024-01-01T00:00:00Z'),
    ('emmen', 2024, 108253, 1, '2024-01-01T00:00:00Z'),
    ('emmen', 2025, 108604, 1, '2024-01-01T00:00:00Z'),
    ('emmen', 2026, 108897, 1, '2024-01-01T00:00:00Z'),
    ('hoogeveen', 2023, 56047, 1, '2024-01-01T00:00:00Z'),
    ('hoogeveen', 2024, 56381, 1, '2024-01-01T00:00:00Z'),
    ('hoogeveen', 2025, 56618, 1, '2024-01-01T00:00:00Z'),
    ('hoogeveen', 2026, 56834, 1, '2024-01-01T00:00:00Z'),
    ('meppel', 2023, 34608, 1, '2024-01-01T00:00:00Z'),
    ('meppel', 2024, 35004, 1, '2024-01-01T00:00:00Z'),
    ('meppel', 2025, 35377, 1, '2024-01-01T00:00:00Z'),
    ('meppel', 2026, 35702, 1, '2024-01-01T00:00:00Z'),
    ('midden-drenthe', 2023, 33758, 1, '2024-01-01T00:00:00Z'),
    ('midden-drenthe', 2024, 34021, 0, '2024-01-01T00:00:00Z'),  -- real: jaarbericht 2024
    ('midden-drenthe', 2025, 34186, 1, '2024-01-01T00:00:00Z'),
    ('midden-drenthe', 2026, 34302, 1, '2024-01-01T00:00:00Z'),
    ('noordenveld', 2023, 32912, 1, '2024-01-01T00:00:00Z'),
    ('noordenveld', 2024, 33104, 1, '2024-01-01T00:00:00Z'),
    ('noordenveld', 2025, 33218, 1, '2024-01-01T00:00:00Z'),
    ('noordenveld', 2026, 33327, 1, '2024-01-01T00:00:00Z'),
    ('tynaarlo', 2023, 34947, 1, '2024-01-01T00:00:00Z'),
    ('tynaarlo', 2024, 35296, 1, '2024-01-01T00:00:00Z'),
    ('tynaarlo', 2025, 35519, 1, '2024-01-01T00:00:00Z'),
    ('tynaarlo', 2026, 35703, 1, '2024-01-01T00:00:00Z'),
    ('westerveld', 2023, 20348, 1, '2024-01-01T00:00:00Z'),
    ('westerveld', 2024, 20517, 1, '2024-01-01T00:00:00Z'),
    ('westerveld', 2025, 20609, 1, '2024-01-01T00:00:00Z'),
    ('westerveld', 2026, 20688, 1, '2024-01-01T00:00:00Z');

-- ------------------------------------------------------------------------------------------
-- Locations. The address holds the town only: the report gives no street addresses.
-- ------------------------------------------------------------------------------------------
INSERT INTO location (id, municipality, name, kind, address, created_at, updated_at) VALUES
    -- Midden-Drenthe: the three library branches named in the report.
    (1, 'midden-drenthe', 'Bibliotheek Beilen', 'branch', 'Beilen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (2, 'midden-drenthe', 'Bibliotheek Smilde', 'branch', 'Smilde', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (3, 'midden-drenthe', 'Bibliotheek Westerbork', 'branch', 'Westerbork', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    -- An invented service point (example), to show the kind.
    (4, 'midden-drenthe', 'Servicepunt Hooghalen', 'service_point', 'Hooghalen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    -- External places: the report speaks of village halls, schools, childcare and GP practices
    -- (IDO office hours) without naming them; Volta and Welzijnswerk Midden-Drenthe are named.
    -- The other names below are illustrative.
    (5, 'midden-drenthe', 'Dorpshuis Wijster', 'external', 'Wijster', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (6, 'midden-drenthe', 'Dorpshuis Nieuw-Balinge', 'external', 'Nieuw-Balinge', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (7, 'midden-drenthe', 'Dorpshuis Hijken', 'external', 'Hijken', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (8, 'midden-drenthe', 'Welzijnswerk Midden-Drenthe', 'external', 'Beilen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (9, 'midden-drenthe', 'Huisartsenpraktijk Westerbork', 'external', 'Westerbork', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (10, 'midden-drenthe', 'Huisartsenpraktijk Smilde', 'external', 'Smilde', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (11, 'midden-drenthe', 'Volta (voortgezet onderwijs)', 'external', 'Beilen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (12, 'midden-drenthe', 'Openbare basisschool Wijster', 'external', 'Wijster', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (13, 'midden-drenthe', 'Christelijke basisschool Smilde', 'external', 'Smilde', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (14, 'midden-drenthe', 'Basisschool Westerbork', 'external', 'Westerbork', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (15, 'midden-drenthe', 'Kinderopvang Beilen', 'external', 'Beilen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (16, 'midden-drenthe', 'Kinderopvang Smilde', 'external', 'Smilde', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (17, 'midden-drenthe', 'Peuteropvang Westerbork', 'external', 'Westerbork', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    -- One branch in some of the other municipalities.
    (18, 'assen', 'Bibliotheek Assen', 'branch', 'Assen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (19, 'emmen', 'Bibliotheek Emmen', 'branch', 'Emmen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (20, 'hoogeveen', 'Bibliotheek Hoogeveen', 'branch', 'Hoogeveen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (21, 'meppel', 'Bibliotheek Meppel', 'branch', 'Meppel', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (22, 'coevorden', 'Bibliotheek Coevorden', 'branch', 'Coevorden', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (23, 'noordenveld', 'Bibliotheek Roden', 'branch', 'Roden', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (24, 'aa-en-hunze', 'Bibliotheek Gieten', 'branch', 'Gieten', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (25, 'tynaarlo', 'Bibliotheek Zuidlaren', 'branch', 'Zuidlaren', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- ------------------------------------------------------------------------------------------
-- Activities, grouped by programme area (the chapters of the report). Names, places and
-- 2024 figures in the descriptions come from the report; max_participants are examples.
-- The FTS index (activity_search) is filled by the insert trigger.
-- ------------------------------------------------------------------------------------------

-- leren-en-ontwikkelen: Drenthe leert en ontwikkelt
INSERT INTO activity (id, code, name, summary, description, programme, format, unit, sessions_per_unit, max_participants, created_at, updated_at) VALUES
    (1, 'lezing-stamboomonderzoek', 'Lezing Stamboomonderzoek',
     'Een lezing over genealogisch onderzoek: waar komt jouw familie vandaan?',
     'Historica en erfgoedspecialist Saskia Poelman vertelt welke mogelijkheden er zijn om te onderzoeken waar je familie vandaan komt. De lezing sluit aan bij het Boekenweekthema Bij ons in de familie. Deelnemers krijgen tips over archieven, websites en de bronnen in de bibliotheek.',
     'leren-en-ontwikkelen', 'lecture', 'activity', NULL, 60, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (2, 'workshop-die-andere-ouders', 'Workshop Die andere ouders doen ook maar wat',
     'Een energieke workshop over ouderschap met humoristische tips van auteur Elsbeth Teeling.',
     'Elsbeth Teeling, auteur van Relax Mama en Love Mama, brengt op een toegankelijke manier belangrijke inzichten over het ouderschap. Ouders leren hoe ze de druk van het ouderschap verlichten zonder zichzelf te verliezen. In 2024 vond de workshop plaats in Bibliotheek Beilen.',
     'leren-en-ontwikkelen', 'workshop', 'activity', NULL, 25, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (3, 'biebfabriek', 'BiebFabriek',
     'Spelenderwijs programmeren en aan de slag met robots voor kinderen van 8 tot en met 12 jaar.',
     'De BiebFabriek is een gevarieerd en educatief programma over digitale vaardigheden. Kinderen programmeren hun eigen bouwwerken van Lego en gaan aan de slag met de robots van de BiebFabriek. De activiteiten sluiten aan bij het platform www.biebfabriek.nl; de prijs geldt per bijeenkomst.',
     'leren-en-ontwikkelen', 'workshop', 'session', NULL, 12, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (4, 'escaperoom', 'Escaperoom',
     'Een escaperoom voor tieners en jongeren tijdens de Boekenweek van Jongeren.',
     'Tieners en jongeren kiezen uit twee spellen: Vlogmysterie, waarin ze via de vlogs van @Zomaar_Saar een verdwijning ontrafelen, of Voorhovens Vennootschap, over een lab dat meer blijkt te bevatten dan het lijkt. Samen puzzels oplossen traint samenwerken, communiceren en probleemoplossend denken. Een middag biedt plaats aan meerdere groepen van maximaal zes spelers.',
     'leren-en-ontwikkelen', 'workshop', 'activity', NULL, 30, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (5, 'verhalenbrink', 'De Verhalenbrink',
     'Lokale geschiedenis tot leven gebracht in de bibliotheek van Beilen, samen met de Historische Vereniging.',
     'Bij De Verhalenbrink in Beilen tekenen we verhalen uit de lokale geschiedenis op en presenteren we die met zuilen, maquettes en activiteiten. In 2024 bereiden we het hoofdstuk Scheepvaart van Beilen - toen en nu voor, over de turf- en beurtschepen die de Haven aandeden. Leerlingen van Volta maken een maquette en er volgen een knutselmiddag en een wandeling naar de Haven.',
     'leren-en-ontwikkelen', 'programme', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (6, 'goodhabitz-soofos', 'Online cursussen GoodHabitz en Soofos',
     'Bibliotheekleden volgen gratis online cursussen op de leerplatformen GoodHabitz en Soofos.',
     'Als lid van de bibliotheek heb je toegang tot meer dan honderd online cursussen, van creatieve en technische vaardigheden tot persoonlijke groei en professionele ontwikkeling. In 2024 volgden leden 4.373 cursussen via GoodHabitz en 5.024 via Soofos. De gemeente betaalt voor de licenties een bijdrage per inwoner.',
     'leren-en-ontwikkelen', 'service', 'inhabitant', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (7, 'theaterworkshop-lekker-eigenwijs', 'Theaterworkshop Lekker eigenwijs!',
     'Kinderen bedenken samen fantasievolle scènes, geïnspireerd op Word nooit groot van Roald Dahl.',
     'In deze theaterworkshop van Garage TDI tijdens de Kinderboekenweek bedenken twintig kinderen humoristische scènes over een wereld waarin kinderen nooit groot worden. Aan het eind spelen ze hun scènes voor hun ouders en verzorgers. Kinderboeken zitten vol sterke personages die laten zien hoe leuk het is om lekker eigenwijs te zijn.',
     'leren-en-ontwikkelen', 'workshop', 'activity', NULL, 20, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (8, 'boetiek-creatiek', 'Workshop Boetiek Creatiek: eigenwijze zelfportretten',
     'Met houtskool en een groot vel papier maken kinderen hun eigen eigenwijze zelfportret.',
     'Boetiek Creatiek komt in oktober langs in de bibliotheken van Westerbork en Smilde. Geïnspireerd door het boek De gemeneriken leren kinderen hoe ze hun eigen, unieke karakters tot leven brengen. In 2024 deden zestien kinderen mee.',
     'leren-en-ontwikkelen', 'workshop', 'activity', NULL, 16, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- leesbevordering: Drenthe leest: leesbevordering
INSERT INTO activity (id, code, name, summary, description, programme, format, unit, sessions_per_unit, max_participants, created_at, updated_at) VALUES
    (9, 'boekstart-babykoffertje', 'BoekStart voor baby''s (BoekStart-koffertje)',
     'Ouders van baby''s halen met een waardebon gratis een BoekStart-koffertje op en hun baby wordt gratis lid.',
     'BoekStart bevordert het (voor)lezen met kinderen van nul tot vier jaar. In het koffertje zitten twee boekjes en een folder met voorlees- en boekentips; ouders krijgen de waardebon via de gemeente, de kinderopvang of het consultatiebureau. De bibliotheek zorgt ook voor een collectie voor baby''s. In 2024 deelden we in Midden-Drenthe 165 koffertjes uit.',
     'leesbevordering', 'programme', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (10, 'boekstart-kinderopvang', 'BoekStart in de kinderopvang',
     'Een leesbevorderingsprogramma dat kinderen van nul tot vier jaar via de kinderopvang met boeken in aanraking brengt.',
     'De bibliotheek richt een aantrekkelijke voorleesplek in met een collectie geschikte boekjes, schoolt pedagogisch medewerkers en betrekt ouders via een voorleesplan. Bij de start van een nieuwe locatie leiden we een pedagogisch medewerker op tot voorleescoördinator. In 2024 deden in Midden-Drenthe 19 kinderopvanglocaties mee; de prijs geldt per locatie per jaar.',
     'leesbevordering', 'programme', 'location_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (11, 'kleintje-bieb-plaatjes-en-praatjes', 'Kleintje Bieb: Plaatjes en praatjes',
     'Maandelijks samen voorlezen, zingen, spelen en knutselen voor kinderen van 1,5 tot 4 jaar en hun ouders.',
     'Plaatjes en praatjes is een voorleesactiviteit van Kleintje Bieb in Westerbork, Beilen en Smilde. Rond een thema lezen we samen voor, zingen we, doen we spelletjes en knutselen we. Gemiddeld komen er zo''n vijftien kinderen per bijeenkomst.',
     'leesbevordering', 'meeting', 'session', NULL, 15, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (12, 'kleintje-bieb-boekjes-en-brabbels', 'Kleintje Bieb: Boekjes & Brabbels',
     'Voorlezen, versjes en liedjes voor baby''s met hun ouders, opa''s en oma''s.',
     'Boekjes & Brabbels is de Kleintje Bieb-activiteit voor de allerjongsten. Ouders ontdekken hoe leuk het is om met hun baby op schoot een boekje te lezen en krijgen tips om thuis voor te lezen. Samen lezen stimuleert de taal- en spraakontwikkeling en verhoogt de concentratie.',
     'leesbevordering', 'meeting', 'session', NULL, 12, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (13, 'boekstartdag', 'Landelijke BoekStartdag',
     'Een feestelijke ochtend vol verhalen, knutselen en de Boekenbeer voor peuters en hun ouders.',
     'Op de BoekStartdag beleven de jongste kinderen in Bibliotheek Beilen een avontuur vol plezier en liefde voor boeken. Er wordt voorgelezen, er is een blotevoetenpad, kinderen gaan op de foto met de Boekenbeer, versieren een bloempot en planten een zaadje. Tot slot versieren de deelnemers een beschuitje.',
     'leesbevordering', 'meeting', 'activity', NULL, 40, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (14, 'dbos-primair-onderwijs', 'de Bibliotheek op school (primair onderwijs)',
     'Dagelijkse aandacht voor leesplezier en mediawijsheid op de basisschool, samen met school en gemeente.',
     'Deskundige educatiemedewerkers ondersteunen leerkrachten om leesbevordering een plek te geven in het dagelijks onderwijs, met inspirerende boeken, activiteiten voor de groepen en een digitale lees- en leeromgeving. Jaarlijks monitoren we de resultaten en kiezen we met directeur en leescoördinator de speerpunten. In 2024 werkten 18 basisscholen in Midden-Drenthe met dBos, met 2.405 leerlingen; de prijs geldt per school per schooljaar.',
     'leesbevordering', 'programme', 'school_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (15, 'dbos-voortgezet-onderwijs', 'de Bibliotheek op school (voortgezet onderwijs)',
     'Leesbevordering en mediawijsheid voor scholieren in het voortgezet onderwijs.',
     'Ook in het voortgezet onderwijs werkt de bibliotheek met de school aan leesplezier, leesbegrip en mediawijsheid. Scholen financieren dit programma meestal zelf; een gemeente kan het aanvullend afnemen. In 2024 deed in Midden-Drenthe één school voor voortgezet onderwijs mee.',
     'leesbevordering', 'programme', 'school_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (16, 'nationale-voorleesdagen-voorstelling', 'Nationale Voorleesdagen: voorstelling',
     'Een interactieve poppentheatervoorstelling rond het Prentenboek van het Jaar voor kinderen van 2 tot en met 6 jaar.',
     'Tijdens De Nationale Voorleesdagen toveren we de bibliotheek om tot een vrolijk decor. In 2024 speelde poppentheater Jinky''s Mikmak een voorstelling naar Help! Een verrassing! van Miriam Bos, in Smilde en Beilen, voor bijna 110 bezoekers. Ouders krijgen tips over het belang van dagelijks voorlezen.',
     'leesbevordering', 'performance', 'activity', NULL, 60, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (17, 'kinderboekenweek', 'Kinderboekenweek',
     'Activiteiten in alle vestigingen rond het jaarlijkse thema van de Kinderboekenweek.',
     'Tijdens de Kinderboekenweek (in 2024 van 2 tot en met 13 oktober, thema Lekker Eigenwijs) vinden kinderen in de bibliotheek boeken die hen inspireren. We organiseren voorleesmomenten, boekpresentaties en klassenbezoeken en stellen scholen campagnemateriaal ter beschikking. De prijs geldt per jaar voor het campagneprogramma van de gemeente.',
     'leesbevordering', 'programme', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (18, 'leskist-kansrijk', 'Leskist Kansrijk',
     'Een leskist met zes lessen over armoede en schulden die ook de leesvaardigheid versterkt.',
     'De Leskist Kansrijk - doorbreek de cirkel van armoede maakt leerlingen bewust van armoede en schulden en laat de leerkracht zien hoe armoede de ontwikkelkansen van leerlingen beïnvloedt. De kist bevat zes lessen, boeken en opdrachten waarmee iedere leerling op eigen niveau meedoet. In 2024 gebruikten de brugklassen van Volta de leskist bij maatschappijleer.',
     'leesbevordering', 'service', 'school_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (19, 'webinar-voorleesdagen', 'Webinar De Nationale Voorleesdagen',
     'Een online bijeenkomst voor leerkrachten en pedagogisch medewerkers over het Prentenboek van het Jaar.',
     'In aanloop naar De Nationale Voorleesdagen presenteren we het Prentenboek van het Jaar, de Prentenboeken Top 10 en andere voorleesboeken. Deelnemers krijgen verwerkingsactiviteiten mee, zoals beweegactiviteiten, ondersteunende gebaren en muziek. In 2024 organiseerden we twee webinars, op 9 januari en op 10 december.',
     'leesbevordering', 'lecture', 'activity', NULL, 100, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (20, 'online-bibliotheek', 'Online Bibliotheek',
     'Leden lenen gratis e-books en luisterboeken via de Online Bibliotheek.',
     'Via de Online Bibliotheek lenen leden e-books en luisterboeken op hun telefoon, tablet of e-reader. Het aantal actieve leden in Drenthe steeg van 10.804 in 2023 naar 11.536 in 2024; vooral luisterboeken zijn populair. De bijdrage wordt berekend per inwoner van de gemeente.',
     'leesbevordering', 'service', 'inhabitant', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- geletterdheid: Drenthe leest: werken aan geletterdheid
INSERT INTO activity (id, code, name, summary, description, programme, format, unit, sessions_per_unit, max_participants, created_at, updated_at) VALUES
    (21, 'taalhuis', 'Taalhuis',
     'Een vaste plek waar volwassenen terechtkunnen met vragen over lezen, schrijven, rekenen en digitale vaardigheden.',
     'Het Taalhuis richt zich vooral op NT1''ers: mensen met Nederlands als moedertaal die moeite hebben met lezen en schrijven. Inwoners komen op eigen initiatief of worden doorverwezen door wijkteams, welzijn, gemeente, onderwijs, woningcorporaties en de GGD. De bibliotheek is vaste partner in het taalnetwerk en verbindt nieuwe partners aan het Taalhuis; de prijs geldt per jaar.',
     'geletterdheid', 'programme', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (22, 'taalhuis-inloopspreekuur', 'Inloopspreekuur Taalhuis',
     'Zonder afspraak binnenlopen met een vraag over taal, rekenen of een formulier.',
     'Tijdens het inloopspreekuur van het Taalhuis helpen de taalhuiscoördinator en getrainde vrijwilligers bezoekers op weg. Samen bekijken we welke leerroute of cursus past, of we verwijzen door naar een partner in het taalnetwerk. De prijs geldt per spreekuur (dagdeel).',
     'geletterdheid', 'office_hours', 'session', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (23, 'digi-taalhuis', 'Digi-Taalhuis',
     'Het Taalhuis uitgebreid met hulp bij digitale vaardigheden en vragen over zorg, geld en overheid.',
     'In 2024 zetten we de eerste stappen naar een Digi-Taalhuis, waarin taal, rekenen en digitale vaardigheden samenkomen. Bezoekers krijgen informatie en hulp bij vragen over bijvoorbeeld zorg, geldzaken of overheidszaken. Iedereen is welkom, je hoeft geen lid te zijn; de prijs geldt per vestiging per jaar.',
     'geletterdheid', 'programme', 'location_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (24, 'oefenplein', 'Oefenplein',
     'Een open inloop waar bezoekers op hun eigen niveau werken aan een gerichte leervraag.',
     'Op het Oefenplein bekijken we samen met de bezoeker wat hij of zij precies wil leren en welke leerroute daarbij past. Bezoekers stappen direct in op hun eigen niveau en werken aan onderwerpen die voor hen nuttig zijn. Na de pilot in 2024 rollen we de Oefenpleinen in 2025 verder uit, met aandacht voor rekenen en taal.',
     'geletterdheid', 'office_hours', 'session', NULL, 12, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (25, 'week-van-lezen-en-schrijven', 'Week van lezen en schrijven',
     'Een week extra aandacht voor laaggeletterdheid, vanaf Wereldalfabetiseringsdag.',
     'De Week van lezen en schrijven begint op Wereldalfabetiseringsdag; in 2024 liep de week van 8 tot en met 15 september. Samen met het Taalhuis, Welzijnswerk Midden-Drenthe en andere partners organiseren we activiteiten die laaggeletterdheid bespreekbaar maken. De prijs geldt per jaar voor het campagneprogramma.',
     'geletterdheid', 'programme', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (26, 'nederlandse-taalshow', 'De Nederlandse Taalshow',
     'Een vrolijke taalavond vol humor, zang en dans voor cursisten en vrijwilligers.',
     'Tijdens de Week van lezen en schrijven verzorgt De Nederlandse Taalshow een avond voor cursisten en vrijwilligers van het Taalhuis, de bibliotheek, Humanitas en de Avondschool. De show is bedoeld voor iedereen die het Nederlands op een vrolijke manier wil bijspijkeren. In 2024 vond de avond plaats op 12 september.',
     'geletterdheid', 'performance', 'activity', NULL, 120, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (27, 'taalcafe', 'Taalcafé',
     'Een ontspannen gesprekstafel om Nederlands te oefenen met vrijwilligers.',
     'In het Taalcafé oefenen deelnemers onder begeleiding van vrijwilligers met spreken en luisteren in het Nederlands. De onderwerpen sluiten aan bij het dagelijks leven, zoals boodschappen doen, de huisarts of de buurt. Volgens het ledenonderzoek hoort het Taalhuis/Taalcafé bij de bekendste activiteiten van de bibliotheek.',
     'geletterdheid', 'meeting', 'session', NULL, 15, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- digitale-vaardigheden: Heel Drenthe doet mee
INSERT INTO activity (id, code, name, summary, description, programme, format, unit, sessions_per_unit, max_participants, created_at, updated_at) VALUES
    (28, 'klik-en-tik', 'Cursus Klik&Tik',
     'Leren omgaan met laptop, tablet of iPad aan de hand van het oefenprogramma Klik&Tik.',
     'Deelnemers leren hoe een computer werkt en wat ze ermee kunnen doen: teksten typen en aanpassen, e-mails versturen en zoeken op internet. Voor deelnemers met een tablet of iPad ligt de nadruk op de bediening van hun eigen apparaat. De cursus telt vier dagdelen en wordt in Midden-Drenthe meerdere keren per jaar gegeven.',
     'digitale-vaardigheden', 'course', 'course', 4, 8, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (29, 'digisterker', 'Cursus Digisterker',
     'Zelf zaken regelen met de digitale overheid, zoals inloggen met DigiD.',
     'In de cursus Digisterker leren deelnemers websites van de overheid gebruiken en veilig inloggen met DigiD. Ze oefenen met het zoeken van informatie, het aanvragen van toeslagen en het zelfstandig regelen van zaken. De cursus telt vier dagdelen; we geven hem samen met lokale partners zoals welzijnsinstellingen.',
     'digitale-vaardigheden', 'course', 'course', 4, 10, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (30, 'digivitaler', 'Cursus DigiVitaler',
     'Digitale zorg leren gebruiken: patiëntenportaal, gezondheidsapps en betrouwbare informatie.',
     'DigiVitaler helpt inwoners om digitaal zaken te regelen met de zorg, zoals het patiëntenportaal van de huisarts en online afspraken maken. Deelnemers leren betrouwbare gezondheidsinformatie vinden en oefenen op hun eigen apparaat. De cursus telt drie dagdelen.',
     'digitale-vaardigheden', 'course', 'course', 3, 10, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (31, 'cursus-smartphone', 'Cursus Smartphone',
     'Alle basisfuncties van de smartphone in een cursus voor beginners.',
     'Deelnemers leren hun smartphone bedienen, veilig wifi gebruiken, wachtwoorden bewaren, foto''s maken, WhatsApp gebruiken en apps downloaden. Ook veilig online winkelen komt aan bod. Omdat er steeds volop aanmeldingen zijn, geven we de cursus in Midden-Drenthe meerdere keren per jaar.',
     'digitale-vaardigheden', 'course', 'course', 4, 10, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (32, 'ido-spreekuur', 'IDO-spreekuur (Informatiepunt Digitale Overheid)',
     'Hulp bij vragen over de digitale overheid, zoals DigiD, toeslagen en online formulieren.',
     'Speciaal opgeleide medewerkers van de bibliotheek helpen bezoekers tijdens het spreekuur van het Informatiepunt Digitale Overheid. Ze zoeken informatie op, maken afspraken bij andere instanties en verwijzen door met de IDO-informatiewaaier. Naast de vaste spreekuren in Beilen, Smilde en Westerbork zijn er spreekuren in dorpshuizen, wijkpunten en huisartsenpraktijken; de prijs geldt per spreekuur.',
     'digitale-vaardigheden', 'office_hours', 'session', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (33, 'ido-informatiepunt', 'Informatiepunt Digitale Overheid in de vestiging',
     'Een zichtbaar informatiepunt in de bibliotheek als laagdrempelige vraagbaak voor digitale overheidszaken.',
     'Elke vestiging heeft een herkenbaar IDO-informatiepunt waar medewerkers eenvoudige vragen over digitaal meedoen bij de overheid direct beantwoorden. IDO-medewerkers volgen de basistraining IDO, de training Privacy in het IDO en intervisie; ook frontoffice-medewerkers zijn geschoold. De prijs geldt per vestiging per jaar.',
     'digitale-vaardigheden', 'service', 'location_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (34, 'belastingaangifte-spreekuur', 'Belastingaangifte-spreekuur',
     'Hulp bij het invullen van de jaarlijkse belastingaangifte, op afspraak in de bibliotheek.',
     'Elk voorjaar organiseren we belastingspreekuren voor inwoners die hulp kunnen gebruiken bij hun aangifte inkomstenbelasting. Getrainde vrijwilligers van lokale partners helpen met inloggen, het controleren van de vooraf ingevulde aangifte en het aanvragen van toeslagen. De prijs geldt per spreekuur (dagdeel).',
     'digitale-vaardigheden', 'office_hours', 'session', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (35, 'workshop-veilig-online-bankieren', 'Workshop Veilig online bankieren',
     'Leren veilig bankieren met app en computer en phishingberichten herkennen.',
     'Steeds vaker komen inwoners bij het IDO met vragen over digitaal bankieren. In deze workshop oefenen deelnemers met de bankapp, leren ze betalingen controleren en herkennen ze phishingberichten in e-mail en sms. We geven de workshop samen met lokale partners.',
     'digitale-vaardigheden', 'workshop', 'activity', NULL, 15, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- platform: Platformactiviteiten
INSERT INTO activity (id, code, name, summary, description, programme, format, unit, sessions_per_unit, max_participants, created_at, updated_at) VALUES
    (36, 'breicafe', 'Het Breicafé',
     'Samen breien, haken en bijpraten in de bibliotheek.',
     'In het Breicafé ontmoeten liefhebbers van handwerken elkaar bij een kop koffie. Beginners leren van ervaren breiers en de bibliotheek zet passende boeken en tijdschriften klaar. Het Breicafé is een van de activiteiten die de bibliotheek in Midden-Drenthe faciliteert als huiskamer van het dorp.',
     'platform', 'meeting', 'session', NULL, 20, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (37, 'koffieochtend', 'Koffieochtend',
     'Een laagdrempelige ochtend om elkaar te ontmoeten bij een kop koffie en de krant.',
     'Tijdens de koffieochtend is iedereen welkom, lid of niet, om elkaar te ontmoeten en bij te praten. Soms schuift een partner aan met informatie, bijvoorbeeld over welzijn of veiligheid. Zo is de bibliotheek de huiskamer van het dorp.',
     'platform', 'meeting', 'session', NULL, 30, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (38, 'meeleesclub', 'Meeleesclub',
     'Een leesclub waarin we samen een boek lezen en erover praten.',
     'In de Meeleesclub lezen deelnemers hetzelfde boek en bespreken ze het onder leiding van een gespreksleider. Ook wie minder vaardig leest kan aanschuiven: we lezen fragmenten samen hardop. De club komt eens per maand bij elkaar.',
     'platform', 'meeting', 'session', NULL, 12, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (39, 'filmavond', 'Filmavond',
     'Een film kijken en nabespreken in de sfeervolle setting van de bibliotheek.',
     'Op de filmavond vertonen we een film, vaak een boekverfilming of documentaire, met een korte inleiding en een nagesprek. De avond is een ontmoetingsmoment voor inwoners uit het dorp. De prijs is inclusief de vertoningslicentie.',
     'platform', 'performance', 'activity', NULL, 50, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (40, 'steunouder-spreekuur', 'Spreekuur Steunouder',
     'Een spreekuur waar ouders terechtkunnen met vragen over opvoeden en opgroeien.',
     'Steunouder biedt ouders die er even alleen voor staan een luisterend oor en praktisch advies. In de bibliotheek lopen ouders laagdrempelig binnen en gaan ze in gesprek met een vrijwilliger. De bibliotheek faciliteert het spreekuur met ruimte en een gastvrije ontvangst.',
     'platform', 'office_hours', 'session', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (41, 'silent-reading-sessie', 'Silent Reading Sessie',
     'In alle rust samen lezen, met live vioolmuziek en hapjes en drankjes.',
     'Tijdens de campagne Heel Nederland Leest organiseert Bibliotheek Beilen een sfeervolle Silent Reading Sessie. Bezoekers lezen Joe Speedboot van Tommy Wieringa of een zelf meegebracht boek. Live vioolmuziek en een selectie hapjes en drankjes maken de sessie tot een bijzondere beleving.',
     'platform', 'meeting', 'activity', NULL, 40, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (42, 'bibliotheek-aan-huis', 'Bibliotheek-aan-huis',
     'Vrijwilligers brengen boeken thuis bij lezers die niet zelf naar de bibliotheek kunnen komen.',
     'Met de Bibliotheek-aan-huis genieten leesliefhebbers die niet zelf naar de bibliotheek kunnen komen toch van de collectie. Een team vrijwilligers levert de gewenste boeken rechtstreeks aan huis. We bieden de service vanuit alle vestigingen in Midden-Drenthe aan en stemmen hem af op de wensen van iedere lezer; de prijs geldt per jaar.',
     'platform', 'service', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (43, 'basisbibliotheekvoorziening', 'Basisbibliotheekvoorziening',
     'De fysieke bibliotheek als basis: collectie, openingstijden, werkplekken en een plek om elkaar te ontmoeten.',
     'De basisvoorziening omvat de vestigingen met hun collectie, openingstijden, medewerkers, werk- en studieplekken en ruimte voor activiteiten van inwoners en lokale organisaties. Zo is de bibliotheek podium, platform en werkplaats voor inwoners, instellingen en community''s. De bijdrage wordt, zoals gebruikelijk, per inwoner berekend.',
     'platform', 'service', 'inhabitant', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- ------------------------------------------------------------------------------------------
-- Audiences per activity, in order of importance (position 0 first).
-- ------------------------------------------------------------------------------------------
INSERT INTO activity_audience (activity_id, audience, position) VALUES
    (1, 'adults', 0), (1, 'seniors', 1),  -- lezing-stamboomonderzoek
    (2, 'parents', 0), (2, 'adults', 1),  -- workshop-die-andere-ouders
    (3, 'children', 0),  -- biebfabriek
    (4, 'teenagers', 0),  -- escaperoom
    (5, 'adults', 0), (5, 'seniors', 1), (5, 'schools', 2),  -- verhalenbrink
    (6, 'adults', 0), (6, 'seniors', 1),  -- goodhabitz-soofos
    (7, 'children', 0), (7, 'parents', 1),  -- theaterworkshop-lekker-eigenwijs
    (8, 'children', 0),  -- boetiek-creatiek
    (9, 'toddlers', 0), (9, 'parents', 1),  -- boekstart-babykoffertje
    (10, 'toddlers', 0), (10, 'professionals', 1), (10, 'parents', 2),  -- boekstart-kinderopvang
    (11, 'toddlers', 0), (11, 'parents', 1),  -- kleintje-bieb-plaatjes-en-praatjes
    (12, 'toddlers', 0), (12, 'parents', 1),  -- kleintje-bieb-boekjes-en-brabbels
    (13, 'toddlers', 0), (13, 'parents', 1),  -- boekstartdag
    (14, 'children', 0), (14, 'schools', 1), (14, 'professionals', 2),  -- dbos-primair-onderwijs
    (15, 'teenagers', 0), (15, 'schools', 1),  -- dbos-voortgezet-onderwijs
    (16, 'toddlers', 0), (16, 'children', 1), (16, 'parents', 2),  -- nationale-voorleesdagen-voorstelling
    (17, 'children', 0), (17, 'schools', 1),  -- kinderboekenweek
    (18, 'children', 0), (18, 'teenagers', 1), (18, 'schools', 2),  -- leskist-kansrijk
    (19, 'professionals', 0), (19, 'schools', 1),  -- webinar-voorleesdagen
    (20, 'adults', 0), (20, 'teenagers', 1), (20, 'seniors', 2),  -- online-bibliotheek
    (21, 'low_literate', 0), (21, 'adults', 1), (21, 'professionals', 2),  -- taalhuis
    (22, 'low_literate', 0), (22, 'adults', 1),  -- taalhuis-inloopspreekuur
    (23, 'low_literate', 0), (23, 'adults', 1), (23, 'seniors', 2),  -- digi-taalhuis
    (24, 'low_literate', 0), (24, 'adults', 1), (24, 'seniors', 2),  -- oefenplein
    (25, 'low_literate', 0), (25, 'adults', 1), (25, 'professionals', 2),  -- week-van-lezen-en-schrijven
    (26, 'low_literate', 0), (26, 'adults', 1),  -- nederlandse-taalshow
    (27, 'low_literate', 0), (27, 'adults', 1),  -- taalcafe
    (28, 'seniors', 0), (28, 'adults', 1), (28, 'low_literate', 2),  -- klik-en-tik
    (29, 'adults', 0), (29, 'seniors', 1),  -- digisterker
    (30, 'seniors', 0), (30, 'adults', 1),  -- digivitaler
    (31, 'seniors', 0), (31, 'adults', 1),  -- cursus-smartphone
    (32, 'adults', 0), (32, 'seniors', 1), (32, 'low_literate', 2),  -- ido-spreekuur
    (33, 'adults', 0), (33, 'seniors', 1),  -- ido-informatiepunt
    (34, 'adults', 0), (34, 'seniors', 1),  -- belastingaangifte-spreekuur
    (35, 'seniors', 0), (35, 'adults', 1),  -- workshop-veilig-online-bankieren
    (36, 'adults', 0), (36, 'seniors', 1),  -- breicafe
    (37, 'seniors', 0), (37, 'adults', 1),  -- koffieochtend
    (38, 'adults', 0), (38, 'seniors', 1), (38, 'low_literate', 2),  -- meeleesclub
    (39, 'adults', 0), (39, 'seniors', 1),  -- filmavond
    (40, 'parents', 0),  -- steunouder-spreekuur
    (41, 'adults', 0), (41, 'seniors', 1), (41, 'teenagers', 2),  -- silent-reading-sessie
    (42, 'seniors', 0), (42, 'adults', 1),  -- bibliotheek-aan-huis
    (43, 'adults', 0), (43, 'children', 1), (43, 'teenagers', 2), (43, 'seniors', 3);  -- basisbibliotheekvoorziening

-- ------------------------------------------------------------------------------------------
-- Prices (all examples, is_example = 1), in euro cents per unit. The report publishes no
-- prices. 2025 = 2024 indexed by 3.2 %, 2026 = 2025 indexed by 2.8 %, each rounded half up
-- to the cent. Per-inhabitant prices are cents per inhabitant (basic provision 18.50 euro).
-- VAT by format, consistently: lectures, performances and meetings 9 %; workshops 21 %;
-- courses, office hours, programmes and services 0 % (exempt or subsidised basic provision).
-- The price rows come before the price_year rows: a published year refuses new prices.
-- ------------------------------------------------------------------------------------------

-- 2024
INSERT INTO activity_price (activity_id, year, unit_price_cents, vat_rate, is_example, updated_at) VALUES
    (1, 2024, 45000, 9, 1, '2024-01-01T00:00:00Z'),  -- lezing-stamboomonderzoek, per activity
    (2, 2024, 55000, 21, 1, '2024-01-01T00:00:00Z'),  -- workshop-die-andere-ouders, per activity
    (3, 2024, 32500, 21, 1, '2024-01-01T00:00:00Z'),  -- biebfabriek, per session
    (4, 2024, 62500, 21, 1, '2024-01-01T00:00:00Z'),  -- escaperoom, per activity
    (5, 2024, 450000, 0, 1, '2024-01-01T00:00:00Z'),  -- verhalenbrink, per year
    (6, 2024, 22, 0, 1, '2024-01-01T00:00:00Z'),  -- goodhabitz-soofos, per inhabitant
    (7, 2024, 85000, 21, 1, '2024-01-01T00:00:00Z'),  -- theaterworkshop-lekker-eigenwijs, per activity
    (8, 2024, 60000, 21, 1, '2024-01-01T00:00:00Z'),  -- boetiek-creatiek, per activity
    (9, 2024, 425000, 0, 1, '2024-01-01T00:00:00Z'),  -- boekstart-babykoffertje, per year
    (10, 2024, 35000, 0, 1, '2024-01-01T00:00:00Z'),  -- boekstart-kinderopvang, per location_year
    (11, 2024, 17500, 9, 1, '2024-01-01T00:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes, per session
    (12, 2024, 15000, 9, 1, '2024-01-01T00:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels, per session
    (13, 2024, 40000, 9, 1, '2024-01-01T00:00:00Z'),  -- boekstartdag, per activity
    (14, 2024, 250000, 0, 1, '2024-01-01T00:00:00Z'),  -- dbos-primair-onderwijs, per school_year
    (15, 2024, 325000, 0, 1, '2024-01-01T00:00:00Z'),  -- dbos-voortgezet-onderwijs, per school_year
    (16, 2024, 65000, 9, 1, '2024-01-01T00:00:00Z'),  -- nationale-voorleesdagen-voorstelling, per activity
    (17, 2024, 180000, 0, 1, '2024-01-01T00:00:00Z'),  -- kinderboekenweek, per year
    (18, 2024, 27500, 0, 1, '2024-01-01T00:00:00Z'),  -- leskist-kansrijk, per school_year
    (19, 2024, 55000, 9, 1, '2024-01-01T00:00:00Z'),  -- webinar-voorleesdagen, per activity
    (20, 2024, 95, 0, 1, '2024-01-01T00:00:00Z'),  -- online-bibliotheek, per inhabitant
    (21, 2024, 1250000, 0, 1, '2024-01-01T00:00:00Z'),  -- taalhuis, per year
    (22, 2024, 12500, 0, 1, '2024-01-01T00:00:00Z'),  -- taalhuis-inloopspreekuur, per session
    (23, 2024, 480000, 0, 1, '2024-01-01T00:00:00Z'),  -- digi-taalhuis, per location_year
    (24, 2024, 14500, 0, 1, '2024-01-01T00:00:00Z'),  -- oefenplein, per session
    (25, 2024, 150000, 0, 1, '2024-01-01T00:00:00Z'),  -- week-van-lezen-en-schrijven, per year
    (26, 2024, 175000, 9, 1, '2024-01-01T00:00:00Z'),  -- nederlandse-taalshow, per activity
    (27, 2024, 11000, 9, 1, '2024-01-01T00:00:00Z'),  -- taalcafe, per session
    (28, 2024, 95000, 0, 1, '2024-01-01T00:00:00Z'),  -- klik-en-tik, per course
    (29, 2024, 95000, 0, 1, '2024-01-01T00:00:00Z'),  -- digisterker, per course
    (30, 2024, 75000, 0, 1, '2024-01-01T00:00:00Z'),  -- digivitaler, per course
    (31, 2024, 85000, 0, 1, '2024-01-01T00:00:00Z'),  -- cursus-smartphone, per course
    (32, 2024, 12500, 0, 1, '2024-01-01T00:00:00Z'),  -- ido-spreekuur, per session
    (33, 2024, 320000, 0, 1, '2024-01-01T00:00:00Z'),  -- ido-informatiepunt, per location_year
    (34, 2024, 14000, 0, 1, '2024-01-01T00:00:00Z'),  -- belastingaangifte-spreekuur, per session
    (35, 2024, 42500, 21, 1, '2024-01-01T00:00:00Z'),  -- workshop-veilig-online-bankieren, per activity
    (36, 2024, 6500, 9, 1, '2024-01-01T00:00:00Z'),  -- breicafe, per session
    (37, 2024, 5500, 9, 1, '2024-01-01T00:00:00Z'),  -- koffieochtend, per session
    (38, 2024, 9500, 9, 1, '2024-01-01T00:00:00Z'),  -- meeleesclub, per session
    (39, 2024, 35000, 9, 1, '2024-01-01T00:00:00Z'),  -- filmavond, per activity
    (40, 2024, 7500, 0, 1, '2024-01-01T00:00:00Z'),  -- steunouder-spreekuur, per session
    (41, 2024, 60000, 9, 1, '2024-01-01T00:00:00Z'),  -- silent-reading-sessie, per activity
    (42, 2024, 850000, 0, 1, '2024-01-01T00:00:00Z'),  -- bibliotheek-aan-huis, per year
    (43, 2024, 1850, 0, 1, '2024-01-01T00:00:00Z');  -- basisbibliotheekvoorziening, per inhabitant

-- 2025 (2024 + 3.2 %)
INSERT INTO activity_price (activity_id, year, unit_price_cents, vat_rate, is_example, updated_at) VALUES
    (1, 2025, 46440, 9, 1, '2024-11-01T00:00:00Z'),  -- lezing-stamboomonderzoek, per activity
    (2, 2025, 56760, 21, 1, '2024-11-01T00:00:00Z'),  -- workshop-die-andere-ouders, per activity
    (3, 2025, 33540, 21, 1, '2024-11-01T00:00:00Z'),  -- biebfabriek, per session
    (4, 2025, 64500, 21, 1, '2024-11-01T00:00:00Z'),  -- escaperoom, per activity
    (5, 2025, 464400, 0, 1, '2024-11-01T00:00:00Z'),  -- verhalenbrink, per year
    (6, 2025, 23, 0, 1, '2024-11-01T00:00:00Z'),  -- goodhabitz-soofos, per inhabitant
    (7, 2025, 87720, 21, 1, '2024-11-01T00:00:00Z'),  -- theaterworkshop-lekker-eigenwijs, per activity
    (8, 2025, 61920, 21, 1, '2024-11-01T00:00:00Z'),  -- boetiek-creatiek, per activity
    (9, 2025, 438600, 0, 1, '2024-11-01T00:00:00Z'),  -- boekstart-babykoffertje, per year
    (10, 2025, 36120, 0, 1, '2024-11-01T00:00:00Z'),  -- boekstart-kinderopvang, per location_year
    (11, 2025, 18060, 9, 1, '2024-11-01T00:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes, per session
    (12, 2025, 15480, 9, 1, '2024-11-01T00:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels, per session
    (13, 2025, 41280, 9, 1, '2024-11-01T00:00:00Z'),  -- boekstartdag, per activity
    (14, 2025, 258000, 0, 1, '2024-11-01T00:00:00Z'),  -- dbos-primair-onderwijs, per school_year
    (15, 2025, 335400, 0, 1, '2024-11-01T00:00:00Z'),  -- dbos-voortgezet-onderwijs, per school_year
    (16, 2025, 67080, 9, 1, '2024-11-01T00:00:00Z'),  -- nationale-voorleesdagen-voorstelling, per activity
    (17, 2025, 185760, 0, 1, '2024-11-01T00:00:00Z'),  -- kinderboekenweek, per year
    (18, 2025, 28380, 0, 1, '2024-11-01T00:00:00Z'),  -- leskist-kansrijk, per school_year
    (19, 2025, 56760, 9, 1, '2024-11-01T00:00:00Z'),  -- webinar-voorleesdagen, per activity
    (20, 2025, 98, 0, 1, '2024-11-01T00:00:00Z'),  -- online-bibliotheek, per inhabitant
    (21, 2025, 1290000, 0, 1, '2024-11-01T00:00:00Z'),  -- taalhuis, per year
    (22, 2025, 12900, 0, 1, '2024-11-01T00:00:00Z'),  -- taalhuis-inloopspreekuur, per session
    (23, 2025, 495360, 0, 1, '2024-11-01T00:00:00Z'),  -- digi-taalhuis, per location_year
    (24, 2025, 14964, 0, 1, '2024-11-01T00:00:00Z'),  -- oefenplein, per session
    (25, 2025, 154800, 0, 1, '2024-11-01T00:00:00Z'),  -- week-van-lezen-en-schrijven, per year
    (26, 2025, 180600, 9, 1, '2024-11-01T00:00:00Z'),  -- nederlandse-taalshow, per activity
    (27, 2025, 11352, 9, 1, '2024-11-01T00:00:00Z'),  -- taalcafe, per session
    (28, 2025, 98040, 0, 1, '2024-11-01T00:00:00Z'),  -- klik-en-tik, per course
    (29, 2025, 98040, 0, 1, '2024-11-01T00:00:00Z'),  -- digisterker, per course
    (30, 2025, 77400, 0, 1, '2024-11-01T00:00:00Z'),  -- digivitaler, per course
    (31, 2025, 87720, 0, 1, '2024-11-01T00:00:00Z'),  -- cursus-smartphone, per course
    (32, 2025, 12900, 0, 1, '2024-11-01T00:00:00Z'),  -- ido-spreekuur, per session
    (33, 2025, 330240, 0, 1, '2024-11-01T00:00:00Z'),  -- ido-informatiepunt, per location_year
    (34, 2025, 14448, 0, 1, '2024-11-01T00:00:00Z'),  -- belastingaangifte-spreekuur, per session
    (35, 2025, 43860, 21, 1, '2024-11-01T00:00:00Z'),  -- workshop-veilig-online-bankieren, per activity
    (36, 2025, 6708, 9, 1, '2024-11-01T00:00:00Z'),  -- breicafe, per session
    (37, 2025, 5676, 9, 1, '2024-11-01T00:00:00Z'),  -- koffieochtend, per session
    (38, 2025, 9804, 9, 1, '2024-11-01T00:00:00Z'),  -- meeleesclub, per session
    (39, 2025, 36120, 9, 1, '2024-11-01T00:00:00Z'),  -- filmavond, per activity
    (40, 2025, 7740, 0, 1, '2024-11-01T00:00:00Z'),  -- steunouder-spreekuur, per session
    (41, 2025, 61920, 9, 1, '2024-11-01T00:00:00Z'),  -- silent-reading-sessie, per activity
    (42, 2025, 877200, 0, 1, '2024-11-01T00:00:00Z'),  -- bibliotheek-aan-huis, per year
    (43, 2025, 1909, 0, 1, '2024-11-01T00:00:00Z');  -- basisbibliotheekvoorziening, per inhabitant

-- 2026 (2025 + 2.8 %)
INSERT INTO activity_price (activity_id, year, unit_price_cents, vat_rate, is_example, updated_at) VALUES
    (1, 2026, 47740, 9, 1, '2025-11-01T00:00:00Z'),  -- lezing-stamboomonderzoek, per activity
    (2, 2026, 58349, 21, 1, '2025-11-01T00:00:00Z'),  -- workshop-die-andere-ouders, per activity
    (3, 2026, 34479, 21, 1, '2025-11-01T00:00:00Z'),  -- biebfabriek, per session
    (4, 2026, 66306, 21, 1, '2025-11-01T00:00:00Z'),  -- escaperoom, per activity
    (5, 2026, 477403, 0, 1, '2025-11-01T00:00:00Z'),  -- verhalenbrink, per year
    (6, 2026, 24, 0, 1, '2025-11-01T00:00:00Z'),  -- goodhabitz-soofos, per inhabitant
    (7, 2026, 90176, 21, 1, '2025-11-01T00:00:00Z'),  -- theaterworkshop-lekker-eigenwijs, per activity
    (8, 2026, 63654, 21, 1, '2025-11-01T00:00:00Z'),  -- boetiek-creatiek, per activity
    (9, 2026, 450881, 0, 1, '2025-11-01T00:00:00Z'),  -- boekstart-babykoffertje, per year
    (10, 2026, 37131, 0, 1, '2025-11-01T00:00:00Z'),  -- boekstart-kinderopvang, per location_year
    (11, 2026, 18566, 9, 1, '2025-11-01T00:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes, per session
    (12, 2026, 15913, 9, 1, '2025-11-01T00:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels, per session
    (13, 2026, 42436, 9, 1, '2025-11-01T00:00:00Z'),  -- boekstartdag, per activity
    (14, 2026, 265224, 0, 1, '2025-11-01T00:00:00Z'),  -- dbos-primair-onderwijs, per school_year
    (15, 2026, 344791, 0, 1, '2025-11-01T00:00:00Z'),  -- dbos-voortgezet-onderwijs, per school_year
    (16, 2026, 68958, 9, 1, '2025-11-01T00:00:00Z'),  -- nationale-voorleesdagen-voorstelling, per activity
    (17, 2026, 190961, 0, 1, '2025-11-01T00:00:00Z'),  -- kinderboekenweek, per year
    (18, 2026, 29175, 0, 1, '2025-11-01T00:00:00Z'),  -- leskist-kansrijk, per school_year
    (19, 2026, 58349, 9, 1, '2025-11-01T00:00:00Z'),  -- webinar-voorleesdagen, per activity
    (20, 2026, 101, 0, 1, '2025-11-01T00:00:00Z'),  -- online-bibliotheek, per inhabitant
    (21, 2026, 1326120, 0, 1, '2025-11-01T00:00:00Z'),  -- taalhuis, per year
    (22, 2026, 13261, 0, 1, '2025-11-01T00:00:00Z'),  -- taalhuis-inloopspreekuur, per session
    (23, 2026, 509230, 0, 1, '2025-11-01T00:00:00Z'),  -- digi-taalhuis, per location_year
    (24, 2026, 15383, 0, 1, '2025-11-01T00:00:00Z'),  -- oefenplein, per session
    (25, 2026, 159134, 0, 1, '2025-11-01T00:00:00Z'),  -- week-van-lezen-en-schrijven, per year
    (26, 2026, 185657, 9, 1, '2025-11-01T00:00:00Z'),  -- nederlandse-taalshow, per activity
    (27, 2026, 11670, 9, 1, '2025-11-01T00:00:00Z'),  -- taalcafe, per session
    (28, 2026, 100785, 0, 1, '2025-11-01T00:00:00Z'),  -- klik-en-tik, per course
    (29, 2026, 100785, 0, 1, '2025-11-01T00:00:00Z'),  -- digisterker, per course
    (30, 2026, 79567, 0, 1, '2025-11-01T00:00:00Z'),  -- digivitaler, per course
    (31, 2026, 90176, 0, 1, '2025-11-01T00:00:00Z'),  -- cursus-smartphone, per course
    (32, 2026, 13261, 0, 1, '2025-11-01T00:00:00Z'),  -- ido-spreekuur, per session
    (33, 2026, 339487, 0, 1, '2025-11-01T00:00:00Z'),  -- ido-informatiepunt, per location_year
    (34, 2026, 14853, 0, 1, '2025-11-01T00:00:00Z'),  -- belastingaangifte-spreekuur, per session
    (35, 2026, 45088, 21, 1, '2025-11-01T00:00:00Z'),  -- workshop-veilig-online-bankieren, per activity
    (36, 2026, 6896, 9, 1, '2025-11-01T00:00:00Z'),  -- breicafe, per session
    (37, 2026, 5835, 9, 1, '2025-11-01T00:00:00Z'),  -- koffieochtend, per session
    (38, 2026, 10079, 9, 1, '2025-11-01T00:00:00Z'),  -- meeleesclub, per session
    (39, 2026, 37131, 9, 1, '2025-11-01T00:00:00Z'),  -- filmavond, per activity
    (40, 2026, 7957, 0, 1, '2025-11-01T00:00:00Z'),  -- steunouder-spreekuur, per session
    (41, 2026, 63654, 9, 1, '2025-11-01T00:00:00Z'),  -- silent-reading-sessie, per activity
    (42, 2026, 901762, 0, 1, '2025-11-01T00:00:00Z'),  -- bibliotheek-aan-huis, per year
    (43, 2026, 1962, 0, 1, '2025-11-01T00:00:00Z');  -- basisbibliotheekvoorziening, per inhabitant

-- ------------------------------------------------------------------------------------------
-- Price lists 2024, 2025 and 2026 are published: from here on their prices are immutable.
-- ------------------------------------------------------------------------------------------
INSERT INTO price_year (year, published_at, published_by) VALUES
    (2024, '2024-01-01T00:00:00Z', 'demo'),
    (2025, '2024-12-01T00:00:00Z', 'demo'),
    (2026, '2025-12-01T00:00:00Z', 'demo');

-- ------------------------------------------------------------------------------------------
-- Registrations of Midden-Drenthe, 2023 (EXAMPLES).
-- The report gives no 2023 activities: these rows are invented but plausible, a little lower
-- than 2024 in each programme, so that year-over-year changes have something to compare.
-- Counts only, never names. sessions = sessions_per_unit for courses, else 1.
-- ------------------------------------------------------------------------------------------
-- leren-en-ontwikkelen 2023: 21 registrations, 221 participants, 21 sessions
INSERT INTO registration (id, activity_id, municipality, location_id, date, sessions, participants, order_id, partners, notes, created_at, updated_at) VALUES
    (1, 3, 'midden-drenthe', 1, '2023-01-04', 1, 7, NULL, '[]', NULL, '2023-01-04T17:00:00Z', '2023-01-04T17:00:00Z'),  -- biebfabriek
    (2, 3, 'midden-drenthe', 3, '2023-01-18', 1, 5, NULL, '[]', NULL, '2023-01-18T17:00:00Z', '2023-01-18T17:00:00Z'),  -- biebfabriek
    (3, 3, 'midden-drenthe', 2, '2023-02-15', 1, 5, NULL, '[]', NULL, '2023-02-15T17:00:00Z', '2023-02-15T17:00:00Z'),  -- biebfabriek
    (4, 1, 'midden-drenthe', 1, '2023-03-14', 1, 35, NULL, '[]', 'Boekenweek.', '2023-03-14T17:00:00Z', '2023-03-14T17:00:00Z'),  -- lezing-stamboomonderzoek
    (5, 3, 'midden-drenthe', 1, '2023-04-26', 1, 9, NULL, '[]', NULL, '2023-04-26T17:00:00Z', '2023-04-26T17:00:00Z'),  -- biebfabriek
    (6, 3, 'midden-drenthe', 3, '2023-05-03', 1, 9, NULL, '[]', NULL, '2023-05-03T17:00:00Z', '2023-05-03T17:00:00Z'),  -- biebfabriek
    (7, 3, 'midden-drenthe', 2, '2023-06-03', 1, 5, NULL, '[]', NULL, '2023-06-03T17:00:00Z', '2023-06-03T17:00:00Z'),  -- biebfabriek
    (8, 3, 'midden-drenthe', 1, '2023-06-10', 1, 9, NULL, '[]', NULL, '2023-06-10T17:00:00Z', '2023-06-10T17:00:00Z'),  -- biebfabriek
    (9, 3, 'midden-drenthe', 3, '2023-06-21', 1, 12, NULL, '[]', NULL, '2023-06-21T17:00:00Z', '2023-06-21T17:00:00Z'),  -- biebfabriek
    (10, 3, 'midden-drenthe', 2, '2023-08-26', 1, 5, NULL, '[]', NULL, '2023-08-26T17:00:00Z', '2023-08-26T17:00:00Z'),  -- biebfabriek
    (11, 3, 'midden-drenthe', 1, '2023-09-02', 1, 12, NULL, '[]', NULL, '2023-09-02T17:00:00Z', '2023-09-02T17:00:00Z'),  -- biebfabriek
    (12, 3, 'midden-drenthe', 3, '2023-09-23', 1, 8, NULL, '[]', NULL, '2023-09-23T17:00:00Z', '2023-09-23T17:00:00Z'),  -- biebfabriek
    (13, 4, 'midden-drenthe', 1, '2023-09-23', 1, 12, NULL, '[]', NULL, '2023-09-23T17:00:00Z', '2023-09-23T17:00:00Z'),  -- escaperoom
    (14, 4, 'midden-drenthe', 3, '2023-09-27', 1, 18, NULL, '[]', NULL, '2023-09-27T17:00:00Z', '2023-09-27T17:00:00Z'),  -- escaperoom
    (15, 4, 'midden-drenthe', 2, '2023-09-30', 1, 12, NULL, '[]', NULL, '2023-09-30T17:00:00Z', '2023-09-30T17:00:00Z'),  -- escaperoom
    (16, 7, 'midden-drenthe', 2, '2023-10-07', 1, 18, NULL, '[]', 'Kinderboekenweek.', '2023-10-07T17:00:00Z', '2023-10-07T17:00:00Z'),  -- theaterworkshop-lekker-eigenwijs
    (17, 8, 'midden-drenthe', 1, '2023-10-11', 1, 6, NULL, '[]', NULL, '2023-10-11T17:00:00Z', '2023-10-11T17:00:00Z'),  -- boetiek-creatiek
    (18, 8, 'midden-drenthe', 3, '2023-10-18', 1, 8, NULL, '[]', NULL, '2023-10-18T17:00:00Z', '2023-10-18T17:00:00Z'),  -- boetiek-creatiek
    (19, 3, 'midden-drenthe', 2, '2023-10-21', 1, 11, NULL, '[]', NULL, '2023-10-21T17:00:00Z', '2023-10-21T17:00:00Z'),  -- biebfabriek
    (20, 3, 'midden-drenthe', 1, '2023-11-22', 1, 6, NULL, '[]', NULL, '2023-11-22T17:00:00Z', '2023-11-22T17:00:00Z'),  -- biebfabriek
    (21, 3, 'midden-drenthe', 3, '2023-12-09', 1, 9, NULL, '[]', NULL, '2023-12-09T17:00:00Z', '2023-12-09T17:00:00Z');  -- biebfabriek
-- leesbevordering 2023: 22 registrations, 373 participants, 22 sessions
INSERT INTO registration (id, activity_id, municipality, location_id, date, sessions, participants, order_id, partners, notes, created_at, updated_at) VALUES
    (22, 11, 'midden-drenthe', 1, '2023-01-11', 1, 12, NULL, '[]', NULL, '2023-01-11T17:00:00Z', '2023-01-11T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (23, 16, 'midden-drenthe', 1, '2023-01-28', 1, 46, NULL, '[]', NULL, '2023-01-28T17:00:00Z', '2023-01-28T17:00:00Z'),  -- nationale-voorleesdagen-voorstelling
    (24, 16, 'midden-drenthe', 3, '2023-02-01', 1, 49, NULL, '[]', NULL, '2023-02-01T17:00:00Z', '2023-02-01T17:00:00Z'),  -- nationale-voorleesdagen-voorstelling
    (25, 12, 'midden-drenthe', 1, '2023-02-03', 1, 8, NULL, '[]', NULL, '2023-02-03T17:00:00Z', '2023-02-03T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (26, 11, 'midden-drenthe', 2, '2023-02-08', 1, 10, NULL, '[]', NULL, '2023-02-08T17:00:00Z', '2023-02-08T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (27, 11, 'midden-drenthe', 3, '2023-03-08', 1, 14, NULL, '[]', NULL, '2023-03-08T17:00:00Z', '2023-03-08T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (28, 12, 'midden-drenthe', 2, '2023-03-10', 1, 8, NULL, '[]', NULL, '2023-03-10T17:00:00Z', '2023-03-10T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (29, 12, 'midden-drenthe', 1, '2023-03-24', 1, 4, NULL, '[]', NULL, '2023-03-24T17:00:00Z', '2023-03-24T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (30, 11, 'midden-drenthe', 1, '2023-04-12', 1, 15, NULL, '[]', NULL, '2023-04-12T17:00:00Z', '2023-04-12T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (31, 11, 'midden-drenthe', 2, '2023-04-26', 1, 15, NULL, '[]', NULL, '2023-04-26T17:00:00Z', '2023-04-26T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (32, 11, 'midden-drenthe', 2, '2023-05-10', 1, 10, NULL, '[]', NULL, '2023-05-10T17:00:00Z', '2023-05-10T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (33, 13, 'midden-drenthe', 1, '2023-06-10', 1, 33, NULL, '[]', NULL, '2023-06-10T17:00:00Z', '2023-06-10T17:00:00Z'),  -- boekstartdag
    (34, 11, 'midden-drenthe', 3, '2023-06-14', 1, 11, NULL, '[]', NULL, '2023-06-14T17:00:00Z', '2023-06-14T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (35, 12, 'midden-drenthe', 2, '2023-09-08', 1, 7, NULL, '[]', NULL, '2023-09-08T17:00:00Z', '2023-09-08T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (36, 11, 'midden-drenthe', 1, '2023-09-13', 1, 14, NULL, '[]', NULL, '2023-09-13T17:00:00Z', '2023-09-13T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (37, 12, 'midden-drenthe', 1, '2023-09-15', 1, 4, NULL, '[]', NULL, '2023-09-15T17:00:00Z', '2023-09-15T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (38, 17, 'midden-drenthe', 1, '2023-10-04', 1, 22, NULL, '[]', NULL, '2023-10-04T17:00:00Z', '2023-10-04T17:00:00Z'),  -- kinderboekenweek
    (39, 17, 'midden-drenthe', 2, '2023-10-07', 1, 26, NULL, '[]', NULL, '2023-10-07T17:00:00Z', '2023-10-07T17:00:00Z'),  -- kinderboekenweek
    (40, 17, 'midden-drenthe', 3, '2023-10-11', 1, 25, NULL, '[]', NULL, '2023-10-11T17:00:00Z', '2023-10-11T17:00:00Z'),  -- kinderboekenweek
    (41, 11, 'midden-drenthe', 2, '2023-10-11', 1, 13, NULL, '[]', NULL, '2023-10-11T17:00:00Z', '2023-10-11T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (42, 11, 'midden-drenthe', 3, '2023-11-08', 1, 15, NULL, '[]', NULL, '2023-11-08T17:00:00Z', '2023-11-08T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (43, 11, 'midden-drenthe', 1, '2023-12-13', 1, 12, NULL, '[]', NULL, '2023-12-13T17:00:00Z', '2023-12-13T17:00:00Z');  -- kleintje-bieb-plaatjes-en-praatjes
-- geletterdheid 2023: 21 registrations, 349 participants, 21 sessions
INSERT INTO registration (id, activity_id, municipality, location_id, date, sessions, participants, order_id, partners, notes, created_at, updated_at) VALUES
    (44, 22, 'midden-drenthe', 1, '2023-02-27', 1, 4, NULL, '[]', NULL, '2023-02-27T17:00:00Z', '2023-02-27T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (45, 22, 'midden-drenthe', 2, '2023-03-06', 1, 5, NULL, '[]', NULL, '2023-03-06T17:00:00Z', '2023-03-06T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (46, 22, 'midden-drenthe', 3, '2023-04-03', 1, 8, NULL, '[]', NULL, '2023-04-03T17:00:00Z', '2023-04-03T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (47, 27, 'midden-drenthe', 1, '2023-04-20', 1, 14, NULL, '["Taalhuis Midden-Drenthe"]', NULL, '2023-04-20T17:00:00Z', '2023-04-20T17:00:00Z'),  -- taalcafe
    (48, 27, 'midden-drenthe', 8, '2023-05-04', 1, 10, NULL, '["Taalhuis Midden-Drenthe"]', NULL, '2023-05-04T17:00:00Z', '2023-05-04T17:00:00Z'),  -- taalcafe
    (49, 22, 'midden-drenthe', 1, '2023-05-08', 1, 5, NULL, '[]', NULL, '2023-05-08T17:00:00Z', '2023-05-08T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (50, 27, 'midden-drenthe', 1, '2023-05-11', 1, 9, NULL, '["Taalhuis Midden-Drenthe"]', NULL, '2023-05-11T17:00:00Z', '2023-05-11T17:00:00Z'),  -- taalcafe
    (51, 27, 'midden-drenthe', 1, '2023-05-18', 1, 14, NULL, '["Taalhuis Midden-Drenthe"]', NULL, '2023-05-18T17:00:00Z', '2023-05-18T17:00:00Z'),  -- taalcafe
    (52, 22, 'midden-drenthe', 2, '2023-06-05', 1, 8, NULL, '[]', NULL, '2023-06-05T17:00:00Z', '2023-06-05T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (53, 27, 'midden-drenthe', 8, '2023-06-15', 1, 10, NULL, '["Taalhuis Midden-Drenthe"]', NULL, '2023-06-15T17:00:00Z', '2023-06-15T17:00:00Z'),  -- taalcafe
    (54, 27, 'midden-drenthe', 1, '2023-07-27', 1, 12, NULL, '["Taalhuis Midden-Drenthe"]', NULL, '2023-07-27T17:00:00Z', '2023-07-27T17:00:00Z'),  -- taalcafe
    (55, 25, 'midden-drenthe', 1, '2023-09-05', 1, 41, NULL, '["Taalhuis Midden-Drenthe", "Welzijnswerk Midden-Drenthe"]', NULL, '2023-09-05T17:00:00Z', '2023-09-05T17:00:00Z'),  -- week-van-lezen-en-schrijven
    (56, 26, 'midden-drenthe', 1, '2023-09-07', 1, 96, NULL, '["Taalhuis Midden-Drenthe", "Humanitas"]', NULL, '2023-09-07T17:00:00Z', '2023-09-07T17:00:00Z'),  -- nederlandse-taalshow
    (57, 27, 'midden-drenthe', 1, '2023-09-07', 1, 11, NULL, '["Taalhuis Midden-Drenthe"]', NULL, '2023-09-07T17:00:00Z', '2023-09-07T17:00:00Z'),  -- taalcafe
    (58, 25, 'midden-drenthe', 8, '2023-09-08', 1, 35, NULL, '["Taalhuis Midden-Drenthe", "Welzijnswerk Midden-Drenthe"]', NULL, '2023-09-08T17:00:00Z', '2023-09-08T17:00:00Z'),  -- week-van-lezen-en-schrijven
    (59, 22, 'midden-drenthe', 3, '2023-09-25', 1, 9, NULL, '[]', NULL, '2023-09-25T17:00:00Z', '2023-09-25T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (60, 22, 'midden-drenthe', 1, '2023-09-26', 1, 7, NULL, '[]', NULL, '2023-09-26T17:00:00Z', '2023-09-26T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (61, 22, 'midden-drenthe', 2, '2023-10-09', 1, 6, NULL, '[]', NULL, '2023-10-09T17:00:00Z', '2023-10-09T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (62, 27, 'midden-drenthe', 8, '2023-10-19', 1, 9, NULL, '["Taalhuis Midden-Drenthe"]', NULL, '2023-10-19T17:00:00Z', '2023-10-19T17:00:00Z'),  -- taalcafe
    (63, 21, 'midden-drenthe', 8, '2023-10-25', 1, 21, NULL, '["Taalhuis Midden-Drenthe"]', 'Bijeenkomst taalnetwerk.', '2023-10-25T17:00:00Z', '2023-10-25T17:00:00Z'),  -- taalhuis
    (64, 27, 'midden-drenthe', 1, '2023-10-26', 1, 15, NULL, '["Taalhuis Midden-Drenthe"]', NULL, '2023-10-26T17:00:00Z', '2023-10-26T17:00:00Z');  -- taalcafe
-- digitale-vaardigheden 2023: 71 registrations, 228 participants, 114 sessions
INSERT INTO registration (id, activity_id, municipality, location_id, date, sessions, participants, order_id, partners, notes, created_at, updated_at) VALUES
    (65, 28, 'midden-drenthe', 1, '2023-01-05', 4, 8, NULL, '["Welzijnswerk Midden-Drenthe"]', NULL, '2023-01-05T17:00:00Z', '2023-01-05T17:00:00Z'),  -- klik-en-tik
    (66, 32, 'midden-drenthe', 1, '2023-01-06', 1, 1, NULL, '[]', NULL, '2023-01-06T17:00:00Z', '2023-01-06T17:00:00Z'),  -- ido-spreekuur
    (67, 32, 'midden-drenthe', 1, '2023-01-09', 1, 1, NULL, '[]', NULL, '2023-01-09T17:00:00Z', '2023-01-09T17:00:00Z'),  -- ido-spreekuur
    (68, 32, 'midden-drenthe', 1, '2023-01-10', 1, 3, NULL, '[]', 'Hulp bij de DigiD-app.', '2023-01-10T17:00:00Z', '2023-01-10T17:00:00Z'),  -- ido-spreekuur
    (69, 28, 'midden-drenthe', 2, '2023-01-12', 4, 8, NULL, '["Welzijnswerk Midden-Drenthe"]', NULL, '2023-01-12T17:00:00Z', '2023-01-12T17:00:00Z'),  -- klik-en-tik
    (70, 32, 'midden-drenthe', 10, '2023-01-13', 1, 1, NULL, '[]', NULL, '2023-01-13T17:00:00Z', '2023-01-13T17:00:00Z'),  -- ido-spreekuur
    (71, 30, 'midden-drenthe', 1, '2023-01-26', 3, 5, NULL, '["Welzijnswerk Midden-Drenthe"]', NULL, '2023-01-26T17:00:00Z', '2023-01-26T17:00:00Z'),  -- digivitaler
    (72, 32, 'midden-drenthe', 3, '2023-02-07', 1, 3, NULL, '[]', NULL, '2023-02-07T17:00:00Z', '2023-02-07T17:00:00Z'),  -- ido-spreekuur
    (73, 32, 'midden-drenthe', 3, '2023-02-08', 1, 4, NULL, '[]', NULL, '2023-02-08T17:00:00Z', '2023-02-08T17:00:00Z'),  -- ido-spreekuur
    (74, 32, 'midden-drenthe', 2, '2023-02-10', 1, 1, NULL, '[]', NULL, '2023-02-10T17:00:00Z', '2023-02-10T17:00:00Z'),  -- ido-spreekuur
    (75, 32, 'midden-drenthe', 3, '2023-02-13', 1, 3, NULL, '[]', 'Vraag doorverwezen naar het Juridisch Loket.', '2023-02-13T17:00:00Z', '2023-02-13T17:00:00Z'),  -- ido-spreekuur
    (76, 31, 'midden-drenthe', 1, '2023-02-16', 4, 6, NULL, '["SeniorWeb"]', NULL, '2023-02-16T17:00:00Z', '2023-02-16T17:00:00Z'),  -- cursus-smartphone
    (77, 32, 'midden-drenthe', 9, '2023-02-16', 1, 3, NULL, '[]', NULL, '2023-02-16T17:00:00Z', '2023-02-16T17:00:00Z'),  -- ido-spreekuur
    (78, 32, 'midden-drenthe', 1, '2023-03-01', 1, 2, NULL, '[]', NULL, '2023-03-01T17:00:00Z', '2023-03-01T17:00:00Z'),  -- ido-spreekuur
    (79, 29, 'midden-drenthe', 1, '2023-03-02', 4, 7, NULL, '["Welzijnswerk Midden-Drenthe", "Gemeente Midden-Drenthe"]', NULL, '2023-03-02T17:00:00Z', '2023-03-02T17:00:00Z'),  -- digisterker
    (80, 32, 'midden-drenthe', 6, '2023-03-02', 1, 2, NULL, '[]', NULL, '2023-03-02T17:00:00Z', '2023-03-02T17:00:00Z'),  -- ido-spreekuur
    (81, 32, 'midden-drenthe', 2, '2023-03-03', 1, 4, NULL, '[]', NULL, '2023-03-03T17:00:00Z', '2023-03-03T17:00:00Z'),  -- ido-spreekuur
    (82, 32, 'midden-drenthe', 1, '2023-03-07', 1, 2, NULL, '[]', NULL, '2023-03-07T17:00:00Z', '2023-03-07T17:00:00Z'),  -- ido-spreekuur
    (83, 32, 'midden-drenthe', 2, '2023-03-09', 1, 1, NULL, '[]', NULL, '2023-03-09T17:00:00Z', '2023-03-09T17:00:00Z'),  -- ido-spreekuur
    (84, 32, 'midden-drenthe', 1, '2023-03-10', 1, 2, NULL, '[]', NULL, '2023-03-10T17:00:00Z', '2023-03-10T17:00:00Z'),  -- ido-spreekuur
    (85, 32, 'midden-drenthe', 10, '2023-03-24', 1, 1, NULL, '[]', NULL, '2023-03-24T17:00:00Z', '2023-03-24T17:00:00Z'),  -- ido-spreekuur
    (86, 32, 'midden-drenthe', 2, '2023-03-27', 1, 3, NULL, '[]', NULL, '2023-03-27T17:00:00Z', '2023-03-27T17:00:00Z'),  -- ido-spreekuur
    (87, 32, 'midden-drenthe', 1, '2023-04-04', 1, 2, NULL, '[]', NULL, '2023-04-04T17:00:00Z', '2023-04-04T17:00:00Z'),  -- ido-spreekuur
    (88, 32, 'midden-drenthe', 2, '2023-04-10', 1, 3, NULL, '[]', NULL, '2023-04-10T17:00:00Z', '2023-04-10T17:00:00Z'),  -- ido-spreekuur
    (89, 31, 'midden-drenthe', 2, '2023-04-20', 4, 7, NULL, '["SeniorWeb"]', NULL, '2023-04-20T17:00:00Z', '2023-04-20T17:00:00Z'),  -- cursus-smartphone
    (90, 32, 'midden-drenthe', 1, '2023-05-02', 1, 1, NULL, '[]', NULL, '2023-05-02T17:00:00Z', '2023-05-02T17:00:00Z'),  -- ido-spreekuur
    (91, 32, 'midden-drenthe', 2, '2023-05-09', 1, 1, NULL, '[]', NULL, '2023-05-09T17:00:00Z', '2023-05-09T17:00:00Z'),  -- ido-spreekuur
    (92, 32, 'midden-drenthe', 1, '2023-05-10', 1, 1, NULL, '[]', NULL, '2023-05-10T17:00:00Z', '2023-05-10T17:00:00Z'),  -- ido-spreekuur
    (93, 32, 'midden-drenthe', 3, '2023-05-12', 1, 3, NULL, '[]', NULL, '2023-05-12T17:00:00Z', '2023-05-12T17:00:00Z'),  -- ido-spreekuur
    (94, 28, 'midden-drenthe', 3, '2023-05-16', 4, 7, NULL, '["Welzijnswerk Midden-Drenthe"]', NULL, '2023-05-16T17:00:00Z', '2023-05-16T17:00:00Z'),  -- klik-en-tik
    (95, 35, 'midden-drenthe', 1, '2023-05-16', 1, 11, NULL, '["Welzijnswerk Midden-Drenthe"]', NULL, '2023-05-16T17:00:00Z', '2023-05-16T17:00:00Z'),  -- workshop-veilig-online-bankieren
    (96, 32, 'midden-drenthe', 3, '2023-05-18', 1, 1, NULL, '[]', 'Hulp bij digitaal bankieren.', '2023-05-18T17:00:00Z', '2023-05-18T17:00:00Z'),  -- ido-spreekuur
    (97, 32, 'midden-drenthe', 3, '2023-05-26', 1, 1, NULL, '[]', NULL, '2023-05-26T17:00:00Z', '2023-05-26T17:00:00Z'),  -- ido-spreekuur
    (98, 32, 'midden-drenthe', 1, '2023-06-06', 1, 4, NULL, '[]', NULL, '2023-06-06T17:00:00Z', '2023-06-06T17:00:00Z'),  -- ido-spreekuur
    (99, 32, 'midden-drenthe', 2, '2023-06-12', 1, 1, NULL, '[]', NULL, '2023-06-12T17:00:00Z', '2023-06-12T17:00:00Z'),  -- ido-spreekuur
    (100, 32, 'midden-drenthe', 2, '2023-06-13', 1, 1, NULL, '[]', NULL, '2023-06-13T17:00:00Z', '2023-06-13T17:00:00Z'),  -- ido-spreekuur
    (101, 32, 'midden-drenthe', 3, '2023-06-14', 1, 2, NULL, '[]', 'Vraag doorverwezen naar het Juridisch Loket.', '2023-06-14T17:00:00Z', '2023-06-14T17:00:00Z'),  -- ido-spreekuur
    (102, 32, 'midden-drenthe', 9, '2023-08-11', 1, 2, NULL, '[]', NULL, '2023-08-11T17:00:00Z', '2023-08-11T17:00:00Z'),  -- ido-spreekuur
    (103, 32, 'midden-drenthe', 3, '2023-08-22', 1, 2, NULL, '[]', NULL, '2023-08-22T17:00:00Z', '2023-08-22T17:00:00Z'),  -- ido-spreekuur
    (104, 32, 'midden-drenthe', 2, '2023-09-01', 1, 1, NULL, '[]', NULL, '2023-09-01T17:00:00Z', '2023-09-01T17:00:00Z'),  -- ido-spreekuur
    (105, 28, 'midden-drenthe', 1, '2023-09-05', 4, 5, NULL, '["Welzijnswerk Midden-Drenthe"]', NULL, '2023-09-05T17:00:00Z', '2023-09-05T17:00:00Z'),  -- klik-en-tik
    (106, 32, 'midden-drenthe', 9, '2023-09-07', 1, 2, NULL, '[]', NULL, '2023-09-07T17:00:00Z', '2023-09-07T17:00:00Z'),  -- ido-spreekuur
    (107, 32, 'midden-drenthe', 3, '2023-09-11', 1, 1, NULL, '[]', NULL, '2023-09-11T17:00:00Z', '2023-09-11T17:00:00Z'),  -- ido-spreekuur
    (108, 32, 'midden-drenthe', 2, '2023-09-14', 1, 3, NULL, '[]', NULL, '2023-09-14T17:00:00Z', '2023-09-14T17:00:00Z'),  -- ido-spreekuur
    (109, 32, 'midden-drenthe', 5, '2023-09-18', 1, 1, NULL, '[]', NULL, '2023-09-18T17:00:00Z', '2023-09-18T17:00:00Z'),  -- ido-spreekuur
    (110, 32, 'midden-drenthe', 1, '2023-09-19', 1, 1, NULL, '[]', NULL, '2023-09-19T17:00:00Z', '2023-09-19T17:00:00Z'),  -- ido-spreekuur
    (111, 32, 'midden-drenthe', 1, '2023-09-20', 1, 4, NULL, '[]', 'Hulp bij de DigiD-app.', '2023-09-20T17:00:00Z', '2023-09-20T17:00:00Z'),  -- ido-spreekuur
    (112, 32, 'midden-drenthe', 5, '2023-09-22', 1, 1, NULL, '[]', NULL, '2023-09-22T17:00:00Z', '2023-09-22T17:00:00Z'),  -- ido-spreekuur
    (113, 31, 'midden-drenthe', 3, '2023-09-26', 4, 7, NULL, '["SeniorWeb"]', NULL, '2023-09-26T17:00:00Z', '2023-09-26T17:00:00Z'),  -- cursus-smartphone
    (114, 32, 'midden-drenthe', 1, '2023-09-26', 1, 1, NULL, '[]', NULL, '2023-09-26T17:00:00Z', '2023-09-26T17:00:00Z'),  -- ido-spreekuur
    (115, 28, 'midden-drenthe', 2, '2023-09-26', 4, 6, NULL, '["Welzijnswerk Midden-Drenthe"]', NULL, '2023-09-26T17:00:00Z', '2023-09-26T17:00:00Z'),  -- klik-en-tik
    (116, 32, 'midden-drenthe', 1, '2023-09-28', 1, 1, NULL, '[]', NULL, '2023-09-28T17:00:00Z', '2023-09-28T17:00:00Z'),  -- ido-spreekuur
    (117, 32, 'midden-drenthe', 3, '2023-10-03', 1, 1, NULL, '[]', NULL, '2023-10-03T17:00:00Z', '2023-10-03T17:00:00Z'),  -- ido-spreekuur
    (118, 28, 'midden-drenthe', 3, '2023-10-05', 4, 7, NULL, '["Welzijnswerk Midden-Drenthe"]', NULL, '2023-10-05T17:00:00Z', '2023-10-05T17:00:00Z'),  -- klik-en-tik
    (119, 32, 'midden-drenthe', 1, '2023-10-10', 1, 4, NULL, '[]', NULL, '2023-10-10T17:00:00Z', '2023-10-10T17:00:00Z'),  -- ido-spreekuur
    (120, 32, 'midden-drenthe', 2, '2023-10-13', 1, 4, NULL, '[]', NULL, '2023-10-13T17:00:00Z', '2023-10-13T17:00:00Z'),  -- ido-spreekuur
    (121, 30, 'midden-drenthe', 2, '2023-10-24', 3, 4, NULL, '["Welzijnswerk Midden-Drenthe"]', NULL, '2023-10-24T17:00:00Z', '2023-10-24T17:00:00Z'),  -- digivitaler
    (122, 29, 'midden-drenthe', 8, '2023-11-02', 4, 7, NULL, '["Welzijnswerk Midden-Drenthe", "Gemeente Midden-Drenthe"]', NULL, '2023-11-02T17:00:00Z', '2023-11-02T17:00:00Z'),  -- digisterker
    (123, 32, 'midden-drenthe', 3, '2023-11-06', 1, 3, NULL, '[]', NULL, '2023-11-06T17:00:00Z', '2023-11-06T17:00:00Z'),  -- ido-spreekuur
    (124, 35, 'midden-drenthe', 2, '2023-11-07', 1, 13, NULL, '["Welzijnswerk Midden-Drenthe"]', NULL, '2023-11-07T17:00:00Z', '2023-11-07T17:00:00Z'),  -- workshop-veilig-online-bankieren
    (125, 29, 'midden-drenthe', 3, '2023-11-09', 4, 5, NULL, '["Welzijnswerk Midden-Drenthe", "Gemeente Midden-Drenthe"]', NULL, '2023-11-09T17:00:00Z', '2023-11-09T17:00:00Z'),  -- digisterker
    (126, 32, 'midden-drenthe', 1, '2023-11-13', 1, 1, NULL, '[]', NULL, '2023-11-13T17:00:00Z', '2023-11-13T17:00:00Z'),  -- ido-spreekuur
    (127, 31, 'midden-drenthe', 1, '2023-11-14', 4, 5, NULL, '["SeniorWeb"]', NULL, '2023-11-14T17:00:00Z', '2023-11-14T17:00:00Z'),  -- cursus-smartphone
    (128, 32, 'midden-drenthe', 2, '2023-11-14', 1, 2, NULL, '[]', NULL, '2023-11-14T17:00:00Z', '2023-11-14T17:00:00Z'),  -- ido-spreekuur
    (129, 32, 'midden-drenthe', 10, '2023-11-24', 1, 2, NULL, '[]', 'Hulp bij digitaal bankieren.', '2023-11-24T17:00:00Z', '2023-11-24T17:00:00Z'),  -- ido-spreekuur
    (130, 32, 'midden-drenthe', 9, '2023-11-28', 1, 2, NULL, '[]', NULL, '2023-11-28T17:00:00Z', '2023-11-28T17:00:00Z'),  -- ido-spreekuur
    (131, 32, 'midden-drenthe', 2, '2023-12-07', 1, 4, NULL, '[]', NULL, '2023-12-07T17:00:00Z', '2023-12-07T17:00:00Z'),  -- ido-spreekuur
    (132, 32, 'midden-drenthe', 3, '2023-12-11', 1, 3, NULL, '[]', NULL, '2023-12-11T17:00:00Z', '2023-12-11T17:00:00Z'),  -- ido-spreekuur
    (133, 32, 'midden-drenthe', 1, '2023-12-12', 1, 2, NULL, '[]', NULL, '2023-12-12T17:00:00Z', '2023-12-12T17:00:00Z'),  -- ido-spreekuur
    (134, 32, 'midden-drenthe', 1, '2023-12-18', 1, 2, NULL, '[]', NULL, '2023-12-18T17:00:00Z', '2023-12-18T17:00:00Z'),  -- ido-spreekuur
    (135, 32, 'midden-drenthe', 1, '2023-12-19', 1, 2, NULL, '[]', NULL, '2023-12-19T17:00:00Z', '2023-12-19T17:00:00Z');  -- ido-spreekuur
-- platform 2023: 137 registrations, 940 participants, 137 sessions
INSERT INTO registration (id, activity_id, municipality, location_id, date, sessions, participants, order_id, partners, notes, created_at, updated_at) VALUES
    (136, 40, 'midden-drenthe', 1, '2023-01-03', 1, 5, NULL, '["Steunouder"]', NULL, '2023-01-03T17:00:00Z', '2023-01-03T17:00:00Z'),  -- steunouder-spreekuur
    (137, 36, 'midden-drenthe', 2, '2023-01-05', 1, 7, NULL, '[]', NULL, '2023-01-05T17:00:00Z', '2023-01-05T17:00:00Z'),  -- breicafe
    (138, 38, 'midden-drenthe', 2, '2023-01-05', 1, 4, NULL, '[]', NULL, '2023-01-05T17:00:00Z', '2023-01-05T17:00:00Z'),  -- meeleesclub
    (139, 40, 'midden-drenthe', 1, '2023-01-10', 1, 1, NULL, '["Steunouder"]', NULL, '2023-01-10T17:00:00Z', '2023-01-10T17:00:00Z'),  -- steunouder-spreekuur
    (140, 37, 'midden-drenthe', 1, '2023-01-11', 1, 9, NULL, '[]', NULL, '2023-01-11T17:00:00Z', '2023-01-11T17:00:00Z'),  -- koffieochtend
    (141, 36, 'midden-drenthe', 3, '2023-01-12', 1, 6, NULL, '[]', NULL, '2023-01-12T17:00:00Z', '2023-01-12T17:00:00Z'),  -- breicafe
    (142, 38, 'midden-drenthe', 1, '2023-01-16', 1, 4, NULL, '[]', NULL, '2023-01-16T17:00:00Z', '2023-01-16T17:00:00Z'),  -- meeleesclub
    (143, 40, 'midden-drenthe', 1, '2023-01-17', 1, 1, NULL, '["Steunouder"]', NULL, '2023-01-17T17:00:00Z', '2023-01-17T17:00:00Z'),  -- steunouder-spreekuur
    (144, 37, 'midden-drenthe', 4, '2023-01-18', 1, 5, NULL, '[]', NULL, '2023-01-18T17:00:00Z', '2023-01-18T17:00:00Z'),  -- koffieochtend
    (145, 36, 'midden-drenthe', 2, '2023-01-19', 1, 4, NULL, '[]', NULL, '2023-01-19T17:00:00Z', '2023-01-19T17:00:00Z'),  -- breicafe
    (146, 40, 'midden-drenthe', 1, '2023-01-24', 1, 2, NULL, '["Steunouder"]', NULL, '2023-01-24T17:00:00Z', '2023-01-24T17:00:00Z'),  -- steunouder-spreekuur
    (147, 36, 'midden-drenthe', 3, '2023-01-26', 1, 6, NULL, '[]', NULL, '2023-01-26T17:00:00Z', '2023-01-26T17:00:00Z'),  -- breicafe
    (148, 37, 'midden-drenthe', 6, '2023-02-01', 1, 12, NULL, '[]', NULL, '2023-02-01T17:00:00Z', '2023-02-01T17:00:00Z'),  -- koffieochtend
    (149, 36, 'midden-drenthe', 2, '2023-02-02', 1, 5, NULL, '[]', NULL, '2023-02-02T17:00:00Z', '2023-02-02T17:00:00Z'),  -- breicafe
    (150, 38, 'midden-drenthe', 2, '2023-02-02', 1, 7, NULL, '[]', NULL, '2023-02-02T17:00:00Z', '2023-02-02T17:00:00Z'),  -- meeleesclub
    (151, 37, 'midden-drenthe', 1, '2023-02-03', 1, 6, NULL, '[]', NULL, '2023-02-03T17:00:00Z', '2023-02-03T17:00:00Z'),  -- koffieochtend
    (152, 40, 'midden-drenthe', 1, '2023-02-07', 1, 2, NULL, '["Steunouder"]', NULL, '2023-02-07T17:00:00Z', '2023-02-07T17:00:00Z'),  -- steunouder-spreekuur
    (153, 37, 'midden-drenthe', 3, '2023-02-08', 1, 9, NULL, '[]', NULL, '2023-02-08T17:00:00Z', '2023-02-08T17:00:00Z'),  -- koffieochtend
    (154, 36, 'midden-drenthe', 3, '2023-02-09', 1, 10, NULL, '[]', NULL, '2023-02-09T17:00:00Z', '2023-02-09T17:00:00Z'),  -- breicafe
    (155, 37, 'midden-drenthe', 1, '2023-02-10', 1, 10, NULL, '[]', NULL, '2023-02-10T17:00:00Z', '2023-02-10T17:00:00Z'),  -- koffieochtend
    (156, 40, 'midden-drenthe', 1, '2023-02-14', 1, 2, NULL, '["Steunouder"]', NULL, '2023-02-14T17:00:00Z', '2023-02-14T17:00:00Z'),  -- steunouder-spreekuur
    (157, 37, 'midden-drenthe', 4, '2023-02-15', 1, 10, NULL, '[]', NULL, '2023-02-15T17:00:00Z', '2023-02-15T17:00:00Z'),  -- koffieochtend
    (158, 36, 'midden-drenthe', 2, '2023-02-16', 1, 5, NULL, '[]', NULL, '2023-02-16T17:00:00Z', '2023-02-16T17:00:00Z'),  -- breicafe
    (159, 38, 'midden-drenthe', 1, '2023-02-20', 1, 6, NULL, '[]', NULL, '2023-02-20T17:00:00Z', '2023-02-20T17:00:00Z'),  -- meeleesclub
    (160, 40, 'midden-drenthe', 1, '2023-02-21', 1, 1, NULL, '["Steunouder"]', NULL, '2023-02-21T17:00:00Z', '2023-02-21T17:00:00Z'),  -- steunouder-spreekuur
    (161, 36, 'midden-drenthe', 3, '2023-02-23', 1, 8, NULL, '[]', NULL, '2023-02-23T17:00:00Z', '2023-02-23T17:00:00Z'),  -- breicafe
    (162, 39, 'midden-drenthe', 3, '2023-02-24', 1, 21, NULL, '[]', NULL, '2023-02-24T17:00:00Z', '2023-02-24T17:00:00Z'),  -- filmavond
    (163, 40, 'midden-drenthe', 1, '2023-02-28', 1, 1, NULL, '["Steunouder"]', NULL, '2023-02-28T17:00:00Z', '2023-02-28T17:00:00Z'),  -- steunouder-spreekuur
    (164, 36, 'midden-drenthe', 2, '2023-03-02', 1, 6, NULL, '[]', NULL, '2023-03-02T17:00:00Z', '2023-03-02T17:00:00Z'),  -- breicafe
    (165, 38, 'midden-drenthe', 2, '2023-03-02', 1, 4, NULL, '[]', NULL, '2023-03-02T17:00:00Z', '2023-03-02T17:00:00Z'),  -- meeleesclub
    (166, 37, 'midden-drenthe', 6, '2023-03-03', 1, 5, NULL, '[]', NULL, '2023-03-03T17:00:00Z', '2023-03-03T17:00:00Z'),  -- koffieochtend
    (167, 40, 'midden-drenthe', 1, '2023-03-07', 1, 3, NULL, '["Steunouder"]', NULL, '2023-03-07T17:00:00Z', '2023-03-07T17:00:00Z'),  -- steunouder-spreekuur
    (168, 37, 'midden-drenthe', 1, '2023-03-08', 1, 10, NULL, '[]', NULL, '2023-03-08T17:00:00Z', '2023-03-08T17:00:00Z'),  -- koffieochtend
    (169, 36, 'midden-drenthe', 3, '2023-03-09', 1, 11, NULL, '[]', NULL, '2023-03-09T17:00:00Z', '2023-03-09T17:00:00Z'),  -- breicafe
    (170, 37, 'midden-drenthe', 3, '2023-03-10', 1, 5, NULL, '[]', NULL, '2023-03-10T17:00:00Z', '2023-03-10T17:00:00Z'),  -- koffieochtend
    (171, 40, 'midden-drenthe', 1, '2023-03-14', 1, 5, NULL, '["Steunouder"]', NULL, '2023-03-14T17:00:00Z', '2023-03-14T17:00:00Z'),  -- steunouder-spreekuur
    (172, 36, 'midden-drenthe', 2, '2023-03-16', 1, 12, NULL, '[]', NULL, '2023-03-16T17:00:00Z', '2023-03-16T17:00:00Z'),  -- breicafe
    (173, 38, 'midden-drenthe', 1, '2023-03-20', 1, 9, NULL, '[]', NULL, '2023-03-20T17:00:00Z', '2023-03-20T17:00:00Z'),  -- meeleesclub
    (174, 40, 'midden-drenthe', 1, '2023-03-21', 1, 5, NULL, '["Steunouder"]', NULL, '2023-03-21T17:00:00Z', '2023-03-21T17:00:00Z'),  -- steunouder-spreekuur
    (175, 37, 'midden-drenthe', 1, '2023-03-22', 1, 7, NULL, '[]', NULL, '2023-03-22T17:00:00Z', '2023-03-22T17:00:00Z'),  -- koffieochtend
    (176, 36, 'midden-drenthe', 3, '2023-03-23', 1, 6, NULL, '[]', NULL, '2023-03-23T17:00:00Z', '2023-03-23T17:00:00Z'),  -- breicafe
    (177, 40, 'midden-drenthe', 1, '2023-03-28', 1, 1, NULL, '["Steunouder"]', NULL, '2023-03-28T17:00:00Z', '2023-03-28T17:00:00Z'),  -- steunouder-spreekuur
    (178, 39, 'midden-drenthe', 1, '2023-03-31', 1, 26, NULL, '[]', NULL, '2023-03-31T17:00:00Z', '2023-03-31T17:00:00Z'),  -- filmavond
    (179, 40, 'midden-drenthe', 1, '2023-04-04', 1, 1, NULL, '["Steunouder"]', NULL, '2023-04-04T17:00:00Z', '2023-04-04T17:00:00Z'),  -- steunouder-spreekuur
    (180, 38, 'midden-drenthe', 2, '2023-04-06', 1, 7, NULL, '[]', NULL, '2023-04-06T17:00:00Z', '2023-04-06T17:00:00Z'),  -- meeleesclub
    (181, 40, 'midden-drenthe', 1, '2023-04-11', 1, 1, NULL, '["Steunouder"]', NULL, '2023-04-11T17:00:00Z', '2023-04-11T17:00:00Z'),  -- steunouder-spreekuur
    (182, 36, 'midden-drenthe', 2, '2023-04-13', 1, 12, NULL, '[]', NULL, '2023-04-13T17:00:00Z', '2023-04-13T17:00:00Z'),  -- breicafe
    (183, 38, 'midden-drenthe', 1, '2023-04-17', 1, 6, NULL, '[]', NULL, '2023-04-17T17:00:00Z', '2023-04-17T17:00:00Z'),  -- meeleesclub
    (184, 40, 'midden-drenthe', 1, '2023-04-18', 1, 2, NULL, '["Steunouder"]', NULL, '2023-04-18T17:00:00Z', '2023-04-18T17:00:00Z'),  -- steunouder-spreekuur
    (185, 36, 'midden-drenthe', 3, '2023-04-20', 1, 11, NULL, '[]', NULL, '2023-04-20T17:00:00Z', '2023-04-20T17:00:00Z'),  -- breicafe
    (186, 40, 'midden-drenthe', 1, '2023-04-25', 1, 1, NULL, '["Steunouder"]', NULL, '2023-04-25T17:00:00Z', '2023-04-25T17:00:00Z'),  -- steunouder-spreekuur
    (187, 37, 'midden-drenthe', 4, '2023-04-26', 1, 7, NULL, '[]', NULL, '2023-04-26T17:00:00Z', '2023-04-26T17:00:00Z'),  -- koffieochtend
    (188, 36, 'midden-drenthe', 2, '2023-04-27', 1, 4, NULL, '[]', NULL, '2023-04-27T17:00:00Z', '2023-04-27T17:00:00Z'),  -- breicafe
    (189, 40, 'midden-drenthe', 1, '2023-05-02', 1, 5, NULL, '["Steunouder"]', NULL, '2023-05-02T17:00:00Z', '2023-05-02T17:00:00Z'),  -- steunouder-spreekuur
    (190, 37, 'midden-drenthe', 6, '2023-05-03', 1, 14, NULL, '[]', NULL, '2023-05-03T17:00:00Z', '2023-05-03T17:00:00Z'),  -- koffieochtend
    (191, 36, 'midden-drenthe', 3, '2023-05-04', 1, 7, NULL, '[]', NULL, '2023-05-04T17:00:00Z', '2023-05-04T17:00:00Z'),  -- breicafe
    (192, 38, 'midden-drenthe', 2, '2023-05-04', 1, 8, NULL, '[]', NULL, '2023-05-04T17:00:00Z', '2023-05-04T17:00:00Z'),  -- meeleesclub
    (193, 40, 'midden-drenthe', 1, '2023-05-09', 1, 4, NULL, '["Steunouder"]', NULL, '2023-05-09T17:00:00Z', '2023-05-09T17:00:00Z'),  -- steunouder-spreekuur
    (194, 36, 'midden-drenthe', 2, '2023-05-11', 1, 6, NULL, '[]', NULL, '2023-05-11T17:00:00Z', '2023-05-11T17:00:00Z'),  -- breicafe
    (195, 38, 'midden-drenthe', 1, '2023-05-15', 1, 8, NULL, '[]', NULL, '2023-05-15T17:00:00Z', '2023-05-15T17:00:00Z'),  -- meeleesclub
    (196, 40, 'midden-drenthe', 1, '2023-05-16', 1, 1, NULL, '["Steunouder"]', NULL, '2023-05-16T17:00:00Z', '2023-05-16T17:00:00Z'),  -- steunouder-spreekuur
    (197, 36, 'midden-drenthe', 3, '2023-05-18', 1, 8, NULL, '[]', NULL, '2023-05-18T17:00:00Z', '2023-05-18T17:00:00Z'),  -- breicafe
    (198, 37, 'midden-drenthe', 1, '2023-05-19', 1, 7, NULL, '[]', NULL, '2023-05-19T17:00:00Z', '2023-05-19T17:00:00Z'),  -- koffieochtend
    (199, 36, 'midden-drenthe', 2, '2023-05-25', 1, 5, NULL, '[]', NULL, '2023-05-25T17:00:00Z', '2023-05-25T17:00:00Z'),  -- breicafe
    (200, 36, 'midden-drenthe', 3, '2023-06-01', 1, 6, NULL, '[]', NULL, '2023-06-01T17:00:00Z', '2023-06-01T17:00:00Z'),  -- breicafe
    (201, 38, 'midden-drenthe', 2, '2023-06-01', 1, 5, NULL, '[]', NULL, '2023-06-01T17:00:00Z', '2023-06-01T17:00:00Z'),  -- meeleesclub
    (202, 37, 'midden-drenthe', 3, '2023-06-02', 1, 7, NULL, '[]', NULL, '2023-06-02T17:00:00Z', '2023-06-02T17:00:00Z'),  -- koffieochtend
    (203, 40, 'midden-drenthe', 1, '2023-06-06', 1, 1, NULL, '["Steunouder"]', NULL, '2023-06-06T17:00:00Z', '2023-06-06T17:00:00Z'),  -- steunouder-spreekuur
    (204, 37, 'midden-drenthe', 1, '2023-06-07', 1, 14, NULL, '[]', NULL, '2023-06-07T17:00:00Z', '2023-06-07T17:00:00Z'),  -- koffieochtend
    (205, 36, 'midden-drenthe', 2, '2023-06-08', 1, 10, NULL, '[]', NULL, '2023-06-08T17:00:00Z', '2023-06-08T17:00:00Z'),  -- breicafe
    (206, 37, 'midden-drenthe', 4, '2023-06-09', 1, 5, NULL, '[]', NULL, '2023-06-09T17:00:00Z', '2023-06-09T17:00:00Z'),  -- koffieochtend
    (207, 36, 'midden-drenthe', 3, '2023-06-15', 1, 4, NULL, '[]', NULL, '2023-06-15T17:00:00Z', '2023-06-15T17:00:00Z'),  -- breicafe
    (208, 38, 'midden-drenthe', 1, '2023-06-19', 1, 4, NULL, '[]', NULL, '2023-06-19T17:00:00Z', '2023-06-19T17:00:00Z'),  -- meeleesclub
    (209, 40, 'midden-drenthe', 1, '2023-06-20', 1, 4, NULL, '["Steunouder"]', NULL, '2023-06-20T17:00:00Z', '2023-06-20T17:00:00Z'),  -- steunouder-spreekuur
    (210, 36, 'midden-drenthe', 2, '2023-06-22', 1, 4, NULL, '[]', NULL, '2023-06-22T17:00:00Z', '2023-06-22T17:00:00Z'),  -- breicafe
    (211, 37, 'midden-drenthe', 6, '2023-06-23', 1, 6, NULL, '[]', NULL, '2023-06-23T17:00:00Z', '2023-06-23T17:00:00Z'),  -- koffieochtend
    (212, 40, 'midden-drenthe', 1, '2023-06-27', 1, 1, NULL, '["Steunouder"]', NULL, '2023-06-27T17:00:00Z', '2023-06-27T17:00:00Z'),  -- steunouder-spreekuur
    (213, 36, 'midden-drenthe', 3, '2023-07-06', 1, 10, NULL, '[]', NULL, '2023-07-06T17:00:00Z', '2023-07-06T17:00:00Z'),  -- breicafe
    (214, 37, 'midden-drenthe', 1, '2023-07-07', 1, 5, NULL, '[]', NULL, '2023-07-07T17:00:00Z', '2023-07-07T17:00:00Z'),  -- koffieochtend
    (215, 36, 'midden-drenthe', 2, '2023-07-13', 1, 10, NULL, '[]', NULL, '2023-07-13T17:00:00Z', '2023-07-13T17:00:00Z'),  -- breicafe
    (216, 37, 'midden-drenthe', 3, '2023-07-14', 1, 5, NULL, '[]', NULL, '2023-07-14T17:00:00Z', '2023-07-14T17:00:00Z'),  -- koffieochtend
    (217, 36, 'midden-drenthe', 3, '2023-07-27', 1, 10, NULL, '[]', NULL, '2023-07-27T17:00:00Z', '2023-07-27T17:00:00Z'),  -- breicafe
    (218, 40, 'midden-drenthe', 1, '2023-08-01', 1, 1, NULL, '["Steunouder"]', NULL, '2023-08-01T17:00:00Z', '2023-08-01T17:00:00Z'),  -- steunouder-spreekuur
    (219, 36, 'midden-drenthe', 2, '2023-08-03', 1, 5, NULL, '[]', NULL, '2023-08-03T17:00:00Z', '2023-08-03T17:00:00Z'),  -- breicafe
    (220, 37, 'midden-drenthe', 1, '2023-08-04', 1, 14, NULL, '[]', NULL, '2023-08-04T17:00:00Z', '2023-08-04T17:00:00Z'),  -- koffieochtend
    (221, 36, 'midden-drenthe', 3, '2023-08-10', 1, 7, NULL, '[]', NULL, '2023-08-10T17:00:00Z', '2023-08-10T17:00:00Z'),  -- breicafe
    (222, 40, 'midden-drenthe', 1, '2023-08-22', 1, 5, NULL, '["Steunouder"]', NULL, '2023-08-22T17:00:00Z', '2023-08-22T17:00:00Z'),  -- steunouder-spreekuur
    (223, 40, 'midden-drenthe', 1, '2023-09-05', 1, 3, NULL, '["Steunouder"]', NULL, '2023-09-05T17:00:00Z', '2023-09-05T17:00:00Z'),  -- steunouder-spreekuur
    (224, 36, 'midden-drenthe', 2, '2023-09-07', 1, 12, NULL, '[]', NULL, '2023-09-07T17:00:00Z', '2023-09-07T17:00:00Z'),  -- breicafe
    (225, 38, 'midden-drenthe', 2, '2023-09-07', 1, 4, NULL, '[]', NULL, '2023-09-07T17:00:00Z', '2023-09-07T17:00:00Z'),  -- meeleesclub
    (226, 37, 'midden-drenthe', 4, '2023-09-08', 1, 8, NULL, '[]', NULL, '2023-09-08T17:00:00Z', '2023-09-08T17:00:00Z'),  -- koffieochtend
    (227, 40, 'midden-drenthe', 1, '2023-09-12', 1, 2, NULL, '["Steunouder"]', NULL, '2023-09-12T17:00:00Z', '2023-09-12T17:00:00Z'),  -- steunouder-spreekuur
    (228, 37, 'midden-drenthe', 6, '2023-09-13', 1, 6, NULL, '[]', NULL, '2023-09-13T17:00:00Z', '2023-09-13T17:00:00Z'),  -- koffieochtend
    (229, 36, 'midden-drenthe', 3, '2023-09-14', 1, 5, NULL, '[]', NULL, '2023-09-14T17:00:00Z', '2023-09-14T17:00:00Z'),  -- breicafe
    (230, 38, 'midden-drenthe', 1, '2023-09-18', 1, 6, NULL, '[]', NULL, '2023-09-18T17:00:00Z', '2023-09-18T17:00:00Z'),  -- meeleesclub
    (231, 40, 'midden-drenthe', 1, '2023-09-19', 1, 3, NULL, '["Steunouder"]', NULL, '2023-09-19T17:00:00Z', '2023-09-19T17:00:00Z'),  -- steunouder-spreekuur
    (232, 37, 'midden-drenthe', 1, '2023-09-20', 1, 8, NULL, '[]', NULL, '2023-09-20T17:00:00Z', '2023-09-20T17:00:00Z'),  -- koffieochtend
    (233, 36, 'midden-drenthe', 2, '2023-09-21', 1, 8, NULL, '[]', NULL, '2023-09-21T17:00:00Z', '2023-09-21T17:00:00Z'),  -- breicafe
    (234, 40, 'midden-drenthe', 1, '2023-09-26', 1, 3, NULL, '["Steunouder"]', NULL, '2023-09-26T17:00:00Z', '2023-09-26T17:00:00Z'),  -- steunouder-spreekuur
    (235, 37, 'midden-drenthe', 3, '2023-09-27', 1, 9, NULL, '[]', NULL, '2023-09-27T17:00:00Z', '2023-09-27T17:00:00Z'),  -- koffieochtend
    (236, 36, 'midden-drenthe', 3, '2023-09-28', 1, 4, NULL, '[]', NULL, '2023-09-28T17:00:00Z', '2023-09-28T17:00:00Z'),  -- breicafe
    (237, 40, 'midden-drenthe', 1, '2023-10-03', 1, 4, NULL, '["Steunouder"]', NULL, '2023-10-03T17:00:00Z', '2023-10-03T17:00:00Z'),  -- steunouder-spreekuur
    (238, 37, 'midden-drenthe', 1, '2023-10-04', 1, 8, NULL, '[]', NULL, '2023-10-04T17:00:00Z', '2023-10-04T17:00:00Z'),  -- koffieochtend
    (239, 36, 'midden-drenthe', 2, '2023-10-05', 1, 6, NULL, '[]', NULL, '2023-10-05T17:00:00Z', '2023-10-05T17:00:00Z'),  -- breicafe
    (240, 38, 'midden-drenthe', 2, '2023-10-05', 1, 9, NULL, '[]', NULL, '2023-10-05T17:00:00Z', '2023-10-05T17:00:00Z'),  -- meeleesclub
    (241, 37, 'midden-drenthe', 4, '2023-10-11', 1, 8, NULL, '[]', NULL, '2023-10-11T17:00:00Z', '2023-10-11T17:00:00Z'),  -- koffieochtend
    (242, 36, 'midden-drenthe', 3, '2023-10-12', 1, 9, NULL, '[]', NULL, '2023-10-12T17:00:00Z', '2023-10-12T17:00:00Z'),  -- breicafe
    (243, 37, 'midden-drenthe', 6, '2023-10-13', 1, 6, NULL, '[]', NULL, '2023-10-13T17:00:00Z', '2023-10-13T17:00:00Z'),  -- koffieochtend
    (244, 38, 'midden-drenthe', 1, '2023-10-16', 1, 6, NULL, '[]', NULL, '2023-10-16T17:00:00Z', '2023-10-16T17:00:00Z'),  -- meeleesclub
    (245, 40, 'midden-drenthe', 1, '2023-10-17', 1, 3, NULL, '["Steunouder"]', NULL, '2023-10-17T17:00:00Z', '2023-10-17T17:00:00Z'),  -- steunouder-spreekuur
    (246, 36, 'midden-drenthe', 2, '2023-10-19', 1, 8, NULL, '[]', NULL, '2023-10-19T17:00:00Z', '2023-10-19T17:00:00Z'),  -- breicafe
    (247, 37, 'midden-drenthe', 1, '2023-10-20', 1, 5, NULL, '[]', NULL, '2023-10-20T17:00:00Z', '2023-10-20T17:00:00Z'),  -- koffieochtend
    (248, 37, 'midden-drenthe', 3, '2023-10-25', 1, 14, NULL, '[]', NULL, '2023-10-25T17:00:00Z', '2023-10-25T17:00:00Z'),  -- koffieochtend
    (249, 36, 'midden-drenthe', 3, '2023-10-26', 1, 9, NULL, '[]', NULL, '2023-10-26T17:00:00Z', '2023-10-26T17:00:00Z'),  -- breicafe
    (250, 39, 'midden-drenthe', 7, '2023-10-27', 1, 28, NULL, '[]', NULL, '2023-10-27T17:00:00Z', '2023-10-27T17:00:00Z'),  -- filmavond
    (251, 37, 'midden-drenthe', 1, '2023-10-27', 1, 13, NULL, '[]', NULL, '2023-10-27T17:00:00Z', '2023-10-27T17:00:00Z'),  -- koffieochtend
    (252, 37, 'midden-drenthe', 4, '2023-11-01', 1, 11, NULL, '[]', NULL, '2023-11-01T17:00:00Z', '2023-11-01T17:00:00Z'),  -- koffieochtend
    (253, 36, 'midden-drenthe', 2, '2023-11-02', 1, 10, NULL, '[]', NULL, '2023-11-02T17:00:00Z', '2023-11-02T17:00:00Z'),  -- breicafe
    (254, 38, 'midden-drenthe', 2, '2023-11-02', 1, 7, NULL, '[]', NULL, '2023-11-02T17:00:00Z', '2023-11-02T17:00:00Z'),  -- meeleesclub
    (255, 37, 'midden-drenthe', 6, '2023-11-08', 1, 5, NULL, '[]', NULL, '2023-11-08T17:00:00Z', '2023-11-08T17:00:00Z'),  -- koffieochtend
    (256, 36, 'midden-drenthe', 3, '2023-11-09', 1, 6, NULL, '[]', NULL, '2023-11-09T17:00:00Z', '2023-11-09T17:00:00Z'),  -- breicafe
    (257, 37, 'midden-drenthe', 1, '2023-11-10', 1, 12, NULL, '[]', NULL, '2023-11-10T17:00:00Z', '2023-11-10T17:00:00Z'),  -- koffieochtend
    (258, 37, 'midden-drenthe', 3, '2023-11-15', 1, 8, NULL, '[]', NULL, '2023-11-15T17:00:00Z', '2023-11-15T17:00:00Z'),  -- koffieochtend
    (259, 36, 'midden-drenthe', 2, '2023-11-16', 1, 11, NULL, '[]', NULL, '2023-11-16T17:00:00Z', '2023-11-16T17:00:00Z'),  -- breicafe
    (260, 38, 'midden-drenthe', 1, '2023-11-20', 1, 5, NULL, '[]', NULL, '2023-11-20T17:00:00Z', '2023-11-20T17:00:00Z'),  -- meeleesclub
    (261, 37, 'midden-drenthe', 1, '2023-11-22', 1, 8, NULL, '[]', NULL, '2023-11-22T17:00:00Z', '2023-11-22T17:00:00Z'),  -- koffieochtend
    (262, 36, 'midden-drenthe', 3, '2023-11-23', 1, 4, NULL, '[]', NULL, '2023-11-23T17:00:00Z', '2023-11-23T17:00:00Z'),  -- breicafe
    (263, 37, 'midden-drenthe', 4, '2023-11-24', 1, 8, NULL, '[]', NULL, '2023-11-24T17:00:00Z', '2023-11-24T17:00:00Z'),  -- koffieochtend
    (264, 40, 'midden-drenthe', 1, '2023-11-28', 1, 5, NULL, '["Steunouder"]', NULL, '2023-11-28T17:00:00Z', '2023-11-28T17:00:00Z'),  -- steunouder-spreekuur
    (265, 40, 'midden-drenthe', 1, '2023-12-05', 1, 3, NULL, '["Steunouder"]', NULL, '2023-12-05T17:00:00Z', '2023-12-05T17:00:00Z'),  -- steunouder-spreekuur
    (266, 36, 'midden-drenthe', 2, '2023-12-07', 1, 9, NULL, '[]', NULL, '2023-12-07T17:00:00Z', '2023-12-07T17:00:00Z'),  -- breicafe
    (267, 38, 'midden-drenthe', 2, '2023-12-07', 1, 7, NULL, '[]', NULL, '2023-12-07T17:00:00Z', '2023-12-07T17:00:00Z'),  -- meeleesclub
    (268, 39, 'midden-drenthe', 2, '2023-12-08', 1, 21, NULL, '[]', NULL, '2023-12-08T17:00:00Z', '2023-12-08T17:00:00Z'),  -- filmavond
    (269, 37, 'midden-drenthe', 6, '2023-12-08', 1, 13, NULL, '[]', NULL, '2023-12-08T17:00:00Z', '2023-12-08T17:00:00Z'),  -- koffieochtend
    (270, 40, 'midden-drenthe', 1, '2023-12-12', 1, 4, NULL, '["Steunouder"]', NULL, '2023-12-12T17:00:00Z', '2023-12-12T17:00:00Z'),  -- steunouder-spreekuur
    (271, 36, 'midden-drenthe', 3, '2023-12-14', 1, 6, NULL, '[]', NULL, '2023-12-14T17:00:00Z', '2023-12-14T17:00:00Z'),  -- breicafe
    (272, 38, 'midden-drenthe', 1, '2023-12-18', 1, 8, NULL, '[]', NULL, '2023-12-18T17:00:00Z', '2023-12-18T17:00:00Z');  -- meeleesclub

-- ------------------------------------------------------------------------------------------
-- Orders of Midden-Drenthe (examples). Prices on the lines are frozen copies of the price
-- list of the order's year, as the service writes them at submit. The 2024 order is confirmed;
-- its lines are activities that were also registered in 2024, so that "ordered versus
-- delivered" has something to show: some lines fully delivered, some under, one over
-- (delivered = registrations for units activity/course, the sum of sessions for session).
-- Registrations of an ordered activity carry its order_id up to the ordered quantity.
-- The 2025 order is submitted (not confirmed) and shows the other units.
-- ------------------------------------------------------------------------------------------
INSERT INTO order_counter (municipality, year, last_number) VALUES
    ('midden-drenthe', 2024, 1),
    ('midden-drenthe', 2025, 1);

-- 2024-GM1731-0001: confirmed (draft -> submitted -> confirmed, version 3).
INSERT INTO purchase_order (id, number, municipality, year, status, reference, version, created_at, updated_at) VALUES
    (1, '2024-GM1731-0001', 'midden-drenthe', 2024, 'confirmed', 'Afname Activiteitencatalogus 2024', 3, '2024-01-08T10:00:00Z', '2024-01-22T09:00:00Z');
INSERT INTO order_line (order_id, line_no, activity_id, quantity, note, unit, unit_price_cents, vat_rate, inhabitants) VALUES
    (1, 1, 3, 20, 'Verdeeld over Beilen, Smilde en Westerbork.', 'session', 32500, 21, NULL),  -- biebfabriek: ordered 20, delivered 19
    (1, 2, 4, 3, 'Boekenweek van Jongeren, in elke vestiging een middag.', 'activity', 62500, 21, NULL),  -- escaperoom: ordered 3, delivered 3
    (1, 3, 16, 2, NULL, 'activity', 65000, 9, NULL),  -- nationale-voorleesdagen-voorstelling: ordered 2, delivered 2
    (1, 4, 11, 12, NULL, 'session', 17500, 9, NULL),  -- kleintje-bieb-plaatjes-en-praatjes: ordered 12, delivered 12
    (1, 5, 27, 10, NULL, 'session', 11000, 9, NULL),  -- taalcafe: ordered 10, delivered 8
    (1, 6, 26, 1, 'Week van lezen en schrijven.', 'activity', 175000, 9, NULL),  -- nederlandse-taalshow: ordered 1, delivered 1
    (1, 7, 28, 8, NULL, 'course', 95000, 0, NULL),  -- klik-en-tik: ordered 8, delivered 7
    (1, 8, 29, 4, 'Samen met Welzijnswerk Midden-Drenthe.', 'course', 95000, 0, NULL),  -- digisterker: ordered 4, delivered 4
    (1, 9, 31, 8, NULL, 'course', 85000, 0, NULL),  -- cursus-smartphone: ordered 8, delivered 7
    (1, 10, 32, 72, 'Vaste spreekuren in de drie vestigingen plus spreekuren op locatie.', 'session', 12500, 0, NULL),  -- ido-spreekuur: ordered 72, delivered 69
    (1, 11, 37, 40, NULL, 'session', 5500, 9, NULL),  -- koffieochtend: ordered 40, delivered 42
    (1, 12, 40, 48, NULL, 'session', 7500, 0, NULL);  -- steunouder-spreekuur: ordered 48, delivered 41
INSERT INTO order_history (order_id, seq, status, at, by_name) VALUES
    (1, 1, 'draft', '2024-01-08T10:00:00Z', 'demo'),
    (1, 2, 'submitted', '2024-01-15T14:30:00Z', 'demo'),
    (1, 3, 'confirmed', '2024-01-22T09:00:00Z', 'demo');

-- 2025-GM1731-0001: submitted, awaiting confirmation (version 2). Inhabitant lines use the
-- 2025 inhabitants (34,186, an example figure).
INSERT INTO purchase_order (id, number, municipality, year, status, reference, version, created_at, updated_at) VALUES
    (2, '2025-GM1731-0001', 'midden-drenthe', 2025, 'submitted', 'Afname Activiteitencatalogus 2025', 2, '2025-01-13T10:00:00Z', '2025-01-20T11:15:00Z');
INSERT INTO order_line (order_id, line_no, activity_id, quantity, note, unit, unit_price_cents, vat_rate, inhabitants) VALUES
    (2, 1, 43, 1, NULL, 'inhabitant', 1909, 0, 34186),  -- basisbibliotheekvoorziening
    (2, 2, 20, 1, NULL, 'inhabitant', 98, 0, 34186),  -- online-bibliotheek
    (2, 3, 6, 1, NULL, 'inhabitant', 23, 0, 34186),  -- goodhabitz-soofos
    (2, 4, 10, 19, NULL, 'location_year', 36120, 0, NULL),  -- boekstart-kinderopvang
    (2, 5, 14, 18, NULL, 'school_year', 258000, 0, NULL),  -- dbos-primair-onderwijs
    (2, 6, 33, 3, 'Beilen, Smilde en Westerbork.', 'location_year', 330240, 0, NULL),  -- ido-informatiepunt
    (2, 7, 28, 8, NULL, 'course', 98040, 0, NULL),  -- klik-en-tik
    (2, 8, 32, 72, NULL, 'session', 12900, 0, NULL),  -- ido-spreekuur
    (2, 9, 21, 1, NULL, 'year', 1290000, 0, NULL);  -- taalhuis
INSERT INTO order_history (order_id, seq, status, at, by_name) VALUES
    (2, 1, 'draft', '2025-01-13T10:00:00Z', 'demo'),
    (2, 2, 'submitted', '2025-01-20T11:15:00Z', 'demo');

-- ------------------------------------------------------------------------------------------
-- Registrations of Midden-Drenthe, 2024. The sums per programme are those of the annual report
-- (jaarbericht 2024); the individual rows (dates, places, counts per row) are examples:
--   leren-en-ontwikkelen   28 registrations,  331 participants
--   leesbevordering        25 registrations,  436 participants (activities for children/parents)
--   geletterdheid          26 registrations,  466 participants
--   digitale-vaardigheden  18 courses with 72 sessions, 69 IDO office hours (no other registrations)
--   platform              155 registrations, 1084 participants
-- IDO questions, BoekStart locations and kits, dBos schools and pupils are key figures, below.
-- ------------------------------------------------------------------------------------------
-- leren-en-ontwikkelen 2024: 28 registrations, 331 participants, 28 sessions
INSERT INTO registration (id, activity_id, municipality, location_id, date, sessions, participants, order_id, partners, notes, created_at, updated_at) VALUES
    (273, 3, 'midden-drenthe', 1, '2024-01-03', 1, 8, 1, '[]', NULL, '2024-01-03T17:00:00Z', '2024-01-03T17:00:00Z'),  -- biebfabriek
    (274, 3, 'midden-drenthe', 2, '2024-01-24', 1, 11, 1, '[]', NULL, '2024-01-24T17:00:00Z', '2024-01-24T17:00:00Z'),  -- biebfabriek
    (275, 3, 'midden-drenthe', 3, '2024-01-27', 1, 9, 1, '[]', NULL, '2024-01-27T17:00:00Z', '2024-01-27T17:00:00Z'),  -- biebfabriek
    (276, 3, 'midden-drenthe', 1, '2024-02-07', 1, 9, 1, '[]', NULL, '2024-02-07T17:00:00Z', '2024-02-07T17:00:00Z'),  -- biebfabriek
    (277, 3, 'midden-drenthe', 2, '2024-02-14', 1, 5, 1, '[]', NULL, '2024-02-14T17:00:00Z', '2024-02-14T17:00:00Z'),  -- biebfabriek
    (278, 1, 'midden-drenthe', 1, '2024-03-12', 1, 42, NULL, '[]', 'Boekenweek, thema Bij ons in de familie.', '2024-03-12T17:00:00Z', '2024-03-12T17:00:00Z'),  -- lezing-stamboomonderzoek
    (279, 2, 'midden-drenthe', 1, '2024-03-14', 1, 22, NULL, '[]', 'Boekenweek.', '2024-03-14T17:00:00Z', '2024-03-14T17:00:00Z'),  -- workshop-die-andere-ouders
    (280, 3, 'midden-drenthe', 3, '2024-03-23', 1, 10, 1, '[]', NULL, '2024-03-23T17:00:00Z', '2024-03-23T17:00:00Z'),  -- biebfabriek
    (281, 3, 'midden-drenthe', 1, '2024-04-03', 1, 10, 1, '[]', NULL, '2024-04-03T17:00:00Z', '2024-04-03T17:00:00Z'),  -- biebfabriek
    (282, 3, 'midden-drenthe', 2, '2024-04-06', 1, 12, 1, '[]', NULL, '2024-04-06T17:00:00Z', '2024-04-06T17:00:00Z'),  -- biebfabriek
    (283, 3, 'midden-drenthe', 3, '2024-04-20', 1, 5, 1, '[]', NULL, '2024-04-20T17:00:00Z', '2024-04-20T17:00:00Z'),  -- biebfabriek
    (284, 3, 'midden-drenthe', 1, '2024-04-24', 1, 11, 1, '[]', NULL, '2024-04-24T17:00:00Z', '2024-04-24T17:00:00Z'),  -- biebfabriek
    (285, 3, 'midden-drenthe', 2, '2024-06-15', 1, 10, 1, '[]', NULL, '2024-06-15T17:00:00Z', '2024-06-15T17:00:00Z'),  -- biebfabriek
    (286, 3, 'midden-drenthe', 3, '2024-07-20', 1, 12, 1, '[]', NULL, '2024-07-20T17:00:00Z', '2024-07-20T17:00:00Z'),  -- biebfabriek
    (287, 4, 'midden-drenthe', 1, '2024-09-14', 1, 18, 1, '[]', 'Boekenweek van Jongeren: Vlogmysterie en Voorhovens Vennootschap.', '2024-09-14T17:00:00Z', '2024-09-14T17:00:00Z'),  -- escaperoom
    (288, 4, 'midden-drenthe', 2, '2024-09-18', 1, 12, 1, '[]', 'Boekenweek van Jongeren: Vlogmysterie en Voorhovens Vennootschap.', '2024-09-18T17:00:00Z', '2024-09-18T17:00:00Z'),  -- escaperoom
    (289, 4, 'midden-drenthe', 3, '2024-09-21', 1, 12, 1, '[]', 'Boekenweek van Jongeren: Vlogmysterie en Voorhovens Vennootschap.', '2024-09-21T17:00:00Z', '2024-09-21T17:00:00Z'),  -- escaperoom
    (290, 3, 'midden-drenthe', 1, '2024-10-05', 1, 7, 1, '[]', NULL, '2024-10-05T17:00:00Z', '2024-10-05T17:00:00Z'),  -- biebfabriek
    (291, 7, 'midden-drenthe', 1, '2024-10-05', 1, 20, NULL, '["Garage TDI"]', 'Kinderboekenweek.', '2024-10-05T17:00:00Z', '2024-10-05T17:00:00Z'),  -- theaterworkshop-lekker-eigenwijs
    (292, 8, 'midden-drenthe', 3, '2024-10-09', 1, 9, NULL, '["Boetiek Creatiek"]', 'Eigenwijze zelfportretten naar De gemeneriken.', '2024-10-09T17:00:00Z', '2024-10-09T17:00:00Z'),  -- boetiek-creatiek
    (293, 8, 'midden-drenthe', 2, '2024-10-16', 1, 7, NULL, '["Boetiek Creatiek"]', 'Eigenwijze zelfportretten naar De gemeneriken.', '2024-10-16T17:00:00Z', '2024-10-16T17:00:00Z'),  -- boetiek-creatiek
    (294, 3, 'midden-drenthe', 2, '2024-10-23', 1, 8, 1, '[]', NULL, '2024-10-23T17:00:00Z', '2024-10-23T17:00:00Z'),  -- biebfabriek
    (295, 3, 'midden-drenthe', 3, '2024-10-26', 1, 5, 1, '[]', NULL, '2024-10-26T17:00:00Z', '2024-10-26T17:00:00Z'),  -- biebfabriek
    (296, 3, 'midden-drenthe', 1, '2024-11-02', 1, 6, 1, '[]', NULL, '2024-11-02T17:00:00Z', '2024-11-02T17:00:00Z'),  -- biebfabriek
    (297, 3, 'midden-drenthe', 2, '2024-11-06', 1, 10, 1, '[]', NULL, '2024-11-06T17:00:00Z', '2024-11-06T17:00:00Z'),  -- biebfabriek
    (298, 3, 'midden-drenthe', 3, '2024-11-09', 1, 9, 1, '[]', NULL, '2024-11-09T17:00:00Z', '2024-11-09T17:00:00Z'),  -- biebfabriek
    (299, 5, 'midden-drenthe', 1, '2024-11-26', 1, 26, NULL, '["Historische Vereniging"]', 'Verhaalavond voorbereiding hoofdstuk Scheepvaart van Beilen.', '2024-11-26T17:00:00Z', '2024-11-26T17:00:00Z'),  -- verhalenbrink
    (300, 3, 'midden-drenthe', 1, '2024-12-07', 1, 6, 1, '[]', NULL, '2024-12-07T17:00:00Z', '2024-12-07T17:00:00Z');  -- biebfabriek
-- leesbevordering 2024: 25 registrations, 436 participants, 25 sessions
INSERT INTO registration (id, activity_id, municipality, location_id, date, sessions, participants, order_id, partners, notes, created_at, updated_at) VALUES
    (301, 11, 'midden-drenthe', 3, '2024-01-10', 1, 15, 1, '[]', NULL, '2024-01-10T17:00:00Z', '2024-01-10T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (302, 16, 'midden-drenthe', 2, '2024-01-27', 1, 52, 1, '["Poppentheater Jinky''s Mikmak"]', 'Voorstelling naar Help! Een verrassing!', '2024-01-27T17:00:00Z', '2024-01-27T17:00:00Z'),  -- nationale-voorleesdagen-voorstelling
    (303, 16, 'midden-drenthe', 1, '2024-01-31', 1, 57, 1, '["Poppentheater Jinky''s Mikmak"]', 'Voorstelling naar Help! Een verrassing!', '2024-01-31T17:00:00Z', '2024-01-31T17:00:00Z'),  -- nationale-voorleesdagen-voorstelling
    (304, 11, 'midden-drenthe', 1, '2024-02-14', 1, 15, 1, '[]', NULL, '2024-02-14T17:00:00Z', '2024-02-14T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (305, 11, 'midden-drenthe', 2, '2024-03-13', 1, 13, 1, '[]', NULL, '2024-03-13T17:00:00Z', '2024-03-13T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (306, 11, 'midden-drenthe', 1, '2024-03-27', 1, 13, 1, '[]', NULL, '2024-03-27T17:00:00Z', '2024-03-27T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (307, 11, 'midden-drenthe', 3, '2024-04-10', 1, 12, 1, '[]', NULL, '2024-04-10T17:00:00Z', '2024-04-10T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (308, 12, 'midden-drenthe', 1, '2024-04-26', 1, 8, NULL, '[]', NULL, '2024-04-26T17:00:00Z', '2024-04-26T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (309, 11, 'midden-drenthe', 1, '2024-05-08', 1, 14, 1, '[]', NULL, '2024-05-08T17:00:00Z', '2024-05-08T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (310, 12, 'midden-drenthe', 2, '2024-05-10', 1, 7, NULL, '[]', NULL, '2024-05-10T17:00:00Z', '2024-05-10T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (311, 13, 'midden-drenthe', 1, '2024-06-08', 1, 38, NULL, '[]', NULL, '2024-06-08T17:00:00Z', '2024-06-08T17:00:00Z'),  -- boekstartdag
    (312, 11, 'midden-drenthe', 2, '2024-06-12', 1, 15, 1, '[]', NULL, '2024-06-12T17:00:00Z', '2024-06-12T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (313, 11, 'midden-drenthe', 3, '2024-09-11', 1, 13, 1, '[]', NULL, '2024-09-11T17:00:00Z', '2024-09-11T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (314, 12, 'midden-drenthe', 1, '2024-09-20', 1, 8, NULL, '[]', NULL, '2024-09-20T17:00:00Z', '2024-09-20T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (315, 12, 'midden-drenthe', 2, '2024-09-27', 1, 6, NULL, '[]', NULL, '2024-09-27T17:00:00Z', '2024-09-27T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (316, 17, 'midden-drenthe', 3, '2024-10-02', 1, 24, NULL, '[]', 'Voorleesmoment, thema Lekker Eigenwijs.', '2024-10-02T17:00:00Z', '2024-10-02T17:00:00Z'),  -- kinderboekenweek
    (317, 17, 'midden-drenthe', 1, '2024-10-09', 1, 31, NULL, '[]', 'Voorleesmoment, thema Lekker Eigenwijs.', '2024-10-09T17:00:00Z', '2024-10-09T17:00:00Z'),  -- kinderboekenweek
    (318, 11, 'midden-drenthe', 1, '2024-10-09', 1, 13, 1, '[]', NULL, '2024-10-09T17:00:00Z', '2024-10-09T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (319, 17, 'midden-drenthe', 2, '2024-10-12', 1, 27, NULL, '[]', 'Voorleesmoment, thema Lekker Eigenwijs.', '2024-10-12T17:00:00Z', '2024-10-12T17:00:00Z'),  -- kinderboekenweek
    (320, 12, 'midden-drenthe', 1, '2024-10-18', 1, 4, NULL, '[]', NULL, '2024-10-18T17:00:00Z', '2024-10-18T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (321, 12, 'midden-drenthe', 2, '2024-10-25', 1, 8, NULL, '[]', NULL, '2024-10-25T17:00:00Z', '2024-10-25T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (322, 12, 'midden-drenthe', 1, '2024-11-08', 1, 4, NULL, '[]', NULL, '2024-11-08T17:00:00Z', '2024-11-08T17:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels
    (323, 11, 'midden-drenthe', 2, '2024-11-13', 1, 15, 1, '[]', NULL, '2024-11-13T17:00:00Z', '2024-11-13T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (324, 11, 'midden-drenthe', 2, '2024-11-27', 1, 12, 1, '[]', NULL, '2024-11-27T17:00:00Z', '2024-11-27T17:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes
    (325, 11, 'midden-drenthe', 3, '2024-12-11', 1, 12, 1, '[]', NULL, '2024-12-11T17:00:00Z', '2024-12-11T17:00:00Z');  -- kleintje-bieb-plaatjes-en-praatjes
-- geletterdheid 2024: 26 registrations, 466 participants, 26 sessions
INSERT INTO registration (id, activity_id, municipality, location_id, date, sessions, participants, order_id, partners, notes, created_at, updated_at) VALUES
    (326, 22, 'midden-drenthe', 1, '2024-01-15', 1, 10, NULL, '[]', NULL, '2024-01-15T17:00:00Z', '2024-01-15T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (327, 27, 'midden-drenthe', 1, '2024-02-08', 1, 13, 1, '["Taalhuis Midden-Drenthe"]', NULL, '2024-02-08T17:00:00Z', '2024-02-08T17:00:00Z'),  -- taalcafe
    (328, 22, 'midden-drenthe', 2, '2024-03-04', 1, 6, NULL, '[]', NULL, '2024-03-04T17:00:00Z', '2024-03-04T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (329, 21, 'midden-drenthe', 8, '2024-03-20', 1, 24, NULL, '["Taalhuis Midden-Drenthe"]', 'Bijeenkomst taalnetwerk.', '2024-03-20T17:00:00Z', '2024-03-20T17:00:00Z'),  -- taalhuis
    (330, 27, 'midden-drenthe', 1, '2024-03-21', 1, 14, 1, '["Taalhuis Midden-Drenthe"]', NULL, '2024-03-21T17:00:00Z', '2024-03-21T17:00:00Z'),  -- taalcafe
    (331, 27, 'midden-drenthe', 8, '2024-04-04', 1, 15, 1, '["Taalhuis Midden-Drenthe"]', NULL, '2024-04-04T17:00:00Z', '2024-04-04T17:00:00Z'),  -- taalcafe
    (332, 22, 'midden-drenthe', 3, '2024-04-15', 1, 8, NULL, '[]', NULL, '2024-04-15T17:00:00Z', '2024-04-15T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (333, 27, 'midden-drenthe', 1, '2024-04-25', 1, 15, 1, '["Taalhuis Midden-Drenthe"]', NULL, '2024-04-25T17:00:00Z', '2024-04-25T17:00:00Z'),  -- taalcafe
    (334, 27, 'midden-drenthe', 1, '2024-05-02', 1, 11, 1, '["Taalhuis Midden-Drenthe"]', NULL, '2024-05-02T17:00:00Z', '2024-05-02T17:00:00Z'),  -- taalcafe
    (335, 22, 'midden-drenthe', 1, '2024-05-14', 1, 6, NULL, '[]', NULL, '2024-05-14T17:00:00Z', '2024-05-14T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (336, 22, 'midden-drenthe', 2, '2024-05-21', 1, 7, NULL, '[]', NULL, '2024-05-21T17:00:00Z', '2024-05-21T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (337, 22, 'midden-drenthe', 3, '2024-05-27', 1, 10, NULL, '[]', NULL, '2024-05-27T17:00:00Z', '2024-05-27T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (338, 27, 'midden-drenthe', 8, '2024-06-27', 1, 11, 1, '["Taalhuis Midden-Drenthe"]', NULL, '2024-06-27T17:00:00Z', '2024-06-27T17:00:00Z'),  -- taalcafe
    (339, 25, 'midden-drenthe', 1, '2024-09-09', 1, 45, NULL, '["Taalhuis Midden-Drenthe", "Welzijnswerk Midden-Drenthe"]', NULL, '2024-09-09T17:00:00Z', '2024-09-09T17:00:00Z'),  -- week-van-lezen-en-schrijven
    (340, 25, 'midden-drenthe', 8, '2024-09-10', 1, 38, NULL, '["Taalhuis Midden-Drenthe", "Welzijnswerk Midden-Drenthe"]', NULL, '2024-09-10T17:00:00Z', '2024-09-10T17:00:00Z'),  -- week-van-lezen-en-schrijven
    (341, 26, 'midden-drenthe', 1, '2024-09-12', 1, 112, 1, '["Taalhuis Midden-Drenthe", "Welzijnswerk Midden-Drenthe", "Humanitas", "Avondschool"]', 'Week van lezen en schrijven: taalavond voor cursisten en vrijwilligers.', '2024-09-12T17:00:00Z', '2024-09-12T17:00:00Z'),  -- nederlandse-taalshow
    (342, 24, 'midden-drenthe', 1, '2024-09-12', 1, 7, NULL, '[]', 'Pilot Oefenpleinen.', '2024-09-12T17:00:00Z', '2024-09-12T17:00:00Z'),  -- oefenplein
    (343, 25, 'midden-drenthe', 2, '2024-09-13', 1, 31, NULL, '["Taalhuis Midden-Drenthe", "Welzijnswerk Midden-Drenthe"]', NULL, '2024-09-13T17:00:00Z', '2024-09-13T17:00:00Z'),  -- week-van-lezen-en-schrijven
    (344, 24, 'midden-drenthe', 2, '2024-09-17', 1, 10, NULL, '[]', 'Pilot Oefenpleinen.', '2024-09-17T17:00:00Z', '2024-09-17T17:00:00Z'),  -- oefenplein
    (345, 27, 'midden-drenthe', 1, '2024-09-19', 1, 10, 1, '["Taalhuis Midden-Drenthe"]', NULL, '2024-09-19T17:00:00Z', '2024-09-19T17:00:00Z'),  -- taalcafe
    (346, 24, 'midden-drenthe', 3, '2024-09-25', 1, 8, NULL, '[]', 'Pilot Oefenpleinen.', '2024-09-25T17:00:00Z', '2024-09-25T17:00:00Z'),  -- oefenplein
    (347, 27, 'midden-drenthe', 1, '2024-10-17', 1, 12, 1, '["Taalhuis Midden-Drenthe"]', NULL, '2024-10-17T17:00:00Z', '2024-10-17T17:00:00Z'),  -- taalcafe
    (348, 21, 'midden-drenthe', 1, '2024-11-13', 1, 19, NULL, '["Taalhuis Midden-Drenthe"]', 'Bijeenkomst taalnetwerk.', '2024-11-13T17:00:00Z', '2024-11-13T17:00:00Z'),  -- taalhuis
    (349, 24, 'midden-drenthe', 1, '2024-11-14', 1, 5, NULL, '[]', 'Pilot Oefenpleinen.', '2024-11-14T17:00:00Z', '2024-11-14T17:00:00Z'),  -- oefenplein
    (350, 22, 'midden-drenthe', 1, '2024-11-18', 1, 9, NULL, '[]', NULL, '2024-11-18T17:00:00Z', '2024-11-18T17:00:00Z'),  -- taalhuis-inloopspreekuur
    (351, 24, 'midden-drenthe', 2, '2024-11-27', 1, 10, NULL, '[]', 'Pilot Oefenpleinen.', '2024-11-27T17:00:00Z', '2024-11-27T17:00:00Z');  -- oefenplein
-- digitale-vaardigheden 2024: 87 registrations, 251 participants, 141 sessions
INSERT INTO registration (id, activity_id, municipality, location_id, date, sessions, participants, order_id, partners, notes, created_at, updated_at) VALUES
    (352, 32, 'midden-drenthe', 2, '2024-01-03', 1, 1, 1, '[]', NULL, '2024-01-03T17:00:00Z', '2024-01-03T17:00:00Z'),  -- ido-spreekuur
    (353, 32, 'midden-drenthe', 2, '2024-01-04', 1, 3, 1, '[]', NULL, '2024-01-04T17:00:00Z', '2024-01-04T17:00:00Z'),  -- ido-spreekuur
    (354, 32, 'midden-drenthe', 1, '2024-01-09', 1, 2, 1, '[]', NULL, '2024-01-09T17:00:00Z', '2024-01-09T17:00:00Z'),  -- ido-spreekuur
    (355, 32, 'midden-drenthe', 3, '2024-01-10', 1, 4, 1, '[]', NULL, '2024-01-10T17:00:00Z', '2024-01-10T17:00:00Z'),  -- ido-spreekuur
    (356, 32, 'midden-drenthe', 1, '2024-01-11', 1, 1, 1, '[]', NULL, '2024-01-11T17:00:00Z', '2024-01-11T17:00:00Z'),  -- ido-spreekuur
    (357, 32, 'midden-drenthe', 2, '2024-01-16', 1, 1, 1, '[]', NULL, '2024-01-16T17:00:00Z', '2024-01-16T17:00:00Z'),  -- ido-spreekuur
    (358, 32, 'midden-drenthe', 2, '2024-01-23', 1, 1, 1, '[]', NULL, '2024-01-23T17:00:00Z', '2024-01-23T17:00:00Z'),  -- ido-spreekuur
    (359, 32, 'midden-drenthe', 2, '2024-01-26', 1, 3, 1, '[]', NULL, '2024-01-26T17:00:00Z', '2024-01-26T17:00:00Z'),  -- ido-spreekuur
    (360, 32, 'midden-drenthe', 9, '2024-02-01', 1, 2, 1, '[]', NULL, '2024-02-01T17:00:00Z', '2024-02-01T17:00:00Z'),  -- ido-spreekuur
    (361, 32, 'midden-drenthe', 3, '2024-02-02', 1, 2, 1, '[]', NULL, '2024-02-02T17:00:00Z', '2024-02-02T17:00:00Z'),  -- ido-spreekuur
    (362, 31, 'midden-drenthe', 1, '2024-02-08', 4, 7, 1, '["SeniorWeb"]', NULL, '2024-02-08T17:00:00Z', '2024-02-08T17:00:00Z'),  -- cursus-smartphone
    (363, 32, 'midden-drenthe', 6, '2024-02-09', 1, 1, 1, '[]', NULL, '2024-02-09T17:00:00Z', '2024-02-09T17:00:00Z'),  -- ido-spreekuur
    (364, 32, 'midden-drenthe', 1, '2024-02-13', 1, 1, 1, '[]', NULL, '2024-02-13T17:00:00Z', '2024-02-13T17:00:00Z'),  -- ido-spreekuur
    (365, 32, 'midden-drenthe', 10, '2024-02-15', 1, 1, 1, '[]', NULL, '2024-02-15T17:00:00Z', '2024-02-15T17:00:00Z'),  -- ido-spreekuur
    (366, 31, 'midden-drenthe', 2, '2024-02-22', 4, 7, 1, '["SeniorWeb"]', NULL, '2024-02-22T17:00:00Z', '2024-02-22T17:00:00Z'),  -- cursus-smartphone
    (367, 32, 'midden-drenthe', 9, '2024-02-22', 1, 1, 1, '[]', NULL, '2024-02-22T17:00:00Z', '2024-02-22T17:00:00Z'),  -- ido-spreekuur
    (368, 32, 'midden-drenthe', 2, '2024-02-26', 1, 2, 1, '[]', NULL, '2024-02-26T17:00:00Z', '2024-02-26T17:00:00Z'),  -- ido-spreekuur
    (369, 32, 'midden-drenthe', 2, '2024-02-27', 1, 4, 1, '[]', NULL, '2024-02-27T17:00:00Z', '2024-02-27T17:00:00Z'),  -- ido-spreekuur
    (370, 32, 'midden-drenthe', 3, '2024-03-04', 1, 1, 1, '[]', 'Hulp bij digitaal bankieren.', '2024-03-04T17:00:00Z', '2024-03-04T17:00:00Z'),  -- ido-spreekuur
    (371, 32, 'midden-drenthe', 9, '2024-03-05', 1, 1, 1, '[]', NULL, '2024-03-05T17:00:00Z', '2024-03-05T17:00:00Z'),  -- ido-spreekuur
    (372, 32, 'midden-drenthe', 1, '2024-03-07', 1, 1, 1, '[]', NULL, '2024-03-07T17:00:00Z', '2024-03-07T17:00:00Z'),  -- ido-spreekuur
    (373, 32, 'midden-drenthe', 2, '2024-03-12', 1, 2, 1, '[]', NULL, '2024-03-12T17:00:00Z', '2024-03-12T17:00:00Z'),  -- ido-spreekuur
    (374, 28, 'midden-drenthe', 1, '2024-03-12', 4, 7, 1, '["Welzijnswerk Midden-Drenthe"]', NULL, '2024-03-12T17:00:00Z', '2024-03-12T17:00:00Z'),  -- klik-en-tik
    (375, 32, 'midden-drenthe', 1, '2024-03-22', 1, 4, 1, '[]', NULL, '2024-03-22T17:00:00Z', '2024-03-22T17:00:00Z'),  -- ido-spreekuur
    (376, 32, 'midden-drenthe', 1, '2024-03-28', 1, 2, 1, '[]', NULL, '2024-03-28T17:00:00Z', '2024-03-28T17:00:00Z'),  -- ido-spreekuur
    (377, 28, 'midden-drenthe', 2, '2024-03-28', 4, 7, 1, '["Welzijnswerk Midden-Drenthe"]', NULL, '2024-03-28T17:00:00Z', '2024-03-28T17:00:00Z'),  -- klik-en-tik
    (378, 32, 'midden-drenthe', 1, '2024-04-01', 1, 1, 1, '[]', NULL, '2024-04-01T17:00:00Z', '2024-04-01T17:00:00Z'),  -- ido-spreekuur
    (379, 29, 'midden-drenthe', 1, '2024-04-02', 4, 4, 1, '["Welzijnswerk Midden-Drenthe", "Gemeente Midden-Drenthe"]', NULL, '2024-04-02T17:00:00Z', '2024-04-02T17:00:00Z'),  -- digisterker
    (380, 32, 'midden-drenthe', 1, '2024-04-02', 1, 3, 1, '[]', NULL, '2024-04-02T17:00:00Z', '2024-04-02T17:00:00Z'),  -- ido-spreekuur
    (381, 32, 'midden-drenthe', 10, '2024-04-04', 1, 3, 1, '[]', NULL, '2024-04-04T17:00:00Z', '2024-04-04T17:00:00Z'),  -- ido-spreekuur
    (382, 32, 'midden-drenthe', 10, '2024-04-05', 1, 1, 1, '[]', NULL, '2024-04-05T17:00:00Z', '2024-04-05T17:00:00Z'),  -- ido-spreekuur
    (383, 32, 'midden-drenthe', 9, '2024-04-09', 1, 2, 1, '[]', NULL, '2024-04-09T17:00:00Z', '2024-04-09T17:00:00Z'),  -- ido-spreekuur
    (384, 32, 'midden-drenthe', 10, '2024-04-11', 1, 1, 1, '[]', NULL, '2024-04-11T17:00:00Z', '2024-04-11T17:00:00Z'),  -- ido-spreekuur
    (385, 28, 'midden-drenthe', 3, '2024-04-11', 4, 8, 1, '["Welzijnswerk Midden-Drenthe"]', NULL, '2024-04-11T17:00:00Z', '2024-04-11T17:00:00Z'),  -- klik-en-tik
    (386, 32, 'midden-drenthe', 3, '2024-04-18', 1, 3, 1, '[]', NULL, '2024-04-18T17:00:00Z', '2024-04-18T17:00:00Z'),  -- ido-spreekuur
    (387, 28, 'midden-drenthe', 5, '2024-04-18', 4, 5, 1, '["Welzijnswerk Midden-Drenthe"]', NULL, '2024-04-18T17:00:00Z', '2024-04-18T17:00:00Z'),  -- klik-en-tik
    (388, 32, 'midden-drenthe', 6, '2024-04-23', 1, 3, 1, '[]', NULL, '2024-04-23T17:00:00Z', '2024-04-23T17:00:00Z'),  -- ido-spreekuur
    (389, 32, 'midden-drenthe', 2, '2024-04-24', 1, 3, 1, '[]', NULL, '2024-04-24T17:00:00Z', '2024-04-24T17:00:00Z'),  -- ido-spreekuur
    (390, 32, 'midden-drenthe', 1, '2024-04-25', 1, 1, 1, '[]', NULL, '2024-04-25T17:00:00Z', '2024-04-25T17:00:00Z'),  -- ido-spreekuur
    (391, 32, 'midden-drenthe', 2, '2024-05-01', 1, 2, 1, '[]', 'Hulp bij de DigiD-app.', '2024-05-01T17:00:00Z', '2024-05-01T17:00:00Z'),  -- ido-spreekuur
    (392, 32, 'midden-drenthe', 3, '2024-05-02', 1, 4, 1, '[]', NULL, '2024-05-02T17:00:00Z', '2024-05-02T17:00:00Z'),  -- ido-spreekuur
    (393, 28, 'midden-drenthe', 1, '2024-05-02', 4, 6, 1, '["Welzijnswerk Midden-Drenthe"]', NULL, '2024-05-02T17:00:00Z', '2024-05-02T17:00:00Z'),  -- klik-en-tik
    (394, 32, 'midden-drenthe', 1, '2024-05-06', 1, 3, 1, '[]', 'Vraag doorverwezen naar het Juridisch Loket.', '2024-05-06T17:00:00Z', '2024-05-06T17:00:00Z'),  -- ido-spreekuur
    (395, 32, 'midden-drenthe', 7, '2024-05-07', 1, 4, 1, '[]', NULL, '2024-05-07T17:00:00Z', '2024-05-07T17:00:00Z'),  -- ido-spreekuur
    (396, 32, 'midden-drenthe', 2, '2024-05-10', 1, 1, 1, '[]', NULL, '2024-05-10T17:00:00Z', '2024-05-10T17:00:00Z'),  -- ido-spreekuur
    (397, 31, 'midden-drenthe', 3, '2024-05-16', 4, 7, 1, '["SeniorWeb"]', NULL, '2024-05-16T17:00:00Z', '2024-05-16T17:00:00Z'),  -- cursus-smartphone
    (398, 32, 'midden-drenthe', 3, '2024-05-22', 1, 1, 1, '[]', NULL, '2024-05-22T17:00:00Z', '2024-05-22T17:00:00Z'),  -- ido-spreekuur
    (399, 32, 'midden-drenthe', 3, '2024-06-03', 1, 2, 1, '[]', NULL, '2024-06-03T17:00:00Z', '2024-06-03T17:00:00Z'),  -- ido-spreekuur
    (400, 32, 'midden-drenthe', 5, '2024-06-04', 1, 1, 1, '[]', NULL, '2024-06-04T17:00:00Z', '2024-06-04T17:00:00Z'),  -- ido-spreekuur
    (401, 32, 'midden-drenthe', 1, '2024-06-07', 1, 4, 1, '[]', NULL, '2024-06-07T17:00:00Z', '2024-06-07T17:00:00Z'),  -- ido-spreekuur
    (402, 32, 'midden-drenthe', 1, '2024-06-17', 1, 3, 1, '[]', NULL, '2024-06-17T17:00:00Z', '2024-06-17T17:00:00Z'),  -- ido-spreekuur
    (403, 32, 'midden-drenthe', 3, '2024-06-19', 1, 3, 1, '[]', NULL, '2024-06-19T17:00:00Z', '2024-06-19T17:00:00Z'),  -- ido-spreekuur
    (404, 32, 'midden-drenthe', 1, '2024-06-21', 1, 1, 1, '[]', NULL, '2024-06-21T17:00:00Z', '2024-06-21T17:00:00Z'),  -- ido-spreekuur
    (405, 32, 'midden-drenthe', 3, '2024-07-16', 1, 1, 1, '[]', NULL, '2024-07-16T17:00:00Z', '2024-07-16T17:00:00Z'),  -- ido-spreekuur
    (406, 32, 'midden-drenthe', 2, '2024-07-18', 1, 1, 1, '[]', NULL, '2024-07-18T17:00:00Z', '2024-07-18T17:00:00Z'),  -- ido-spreekuur
    (407, 32, 'midden-drenthe', 1, '2024-08-12', 1, 2, 1, '[]', NULL, '2024-08-12T17:00:00Z', '2024-08-12T17:00:00Z'),  -- ido-spreekuur
    (408, 32, 'midden-drenthe', 1, '2024-08-16', 1, 4, 1, '[]', NULL, '2024-08-16T17:00:00Z', '2024-08-16T17:00:00Z'),  -- ido-spreekuur
    (409, 32, 'midden-drenthe', 7, '2024-08-27', 1, 1, 1, '[]', 'Hulp bij de DigiD-app.', '2024-08-27T17:00:00Z', '2024-08-27T17:00:00Z'),  -- ido-spreekuur
    (410, 32, 'midden-drenthe', 3, '2024-08-28', 1, 2, 1, '[]', NULL, '2024-08-28T17:00:00Z', '2024-08-28T17:00:00Z'),  -- ido-spreekuur
    (411, 29, 'midden-drenthe', 8, '2024-09-03', 4, 5, 1, '["Welzijnswerk Midden-Drenthe", "Gemeente Midden-Drenthe"]', NULL, '2024-09-03T17:00:00Z', '2024-09-03T17:00:00Z'),  -- digisterker
    (412, 31, 'midden-drenthe', 4, '2024-09-05', 4, 6, 1, '["SeniorWeb"]', NULL, '2024-09-05T17:00:00Z', '2024-09-05T17:00:00Z'),  -- cursus-smartphone
    (413, 29, 'midden-drenthe', 2, '2024-09-10', 4, 5, 1, '["Welzijnswerk Midden-Drenthe", "Gemeente Midden-Drenthe"]', NULL, '2024-09-10T17:00:00Z', '2024-09-10T17:00:00Z'),  -- digisterker
    (414, 32, 'midden-drenthe', 9, '2024-09-11', 1, 1, 1, '[]', NULL, '2024-09-11T17:00:00Z', '2024-09-11T17:00:00Z'),  -- ido-spreekuur
    (415, 32, 'midden-drenthe', 1, '2024-09-12', 1, 2, 1, '[]', NULL, '2024-09-12T17:00:00Z', '2024-09-12T17:00:00Z'),  -- ido-spreekuur
    (416, 28, 'midden-drenthe', 2, '2024-09-12', 4, 8, 1, '["Welzijnswerk Midden-Drenthe"]', NULL, '2024-09-12T17:00:00Z', '2024-09-12T17:00:00Z'),  -- klik-en-tik
    (417, 32, 'midden-drenthe', 1, '2024-09-19', 1, 1, 1, '[]', NULL, '2024-09-19T17:00:00Z', '2024-09-19T17:00:00Z'),  -- ido-spreekuur
    (418, 32, 'midden-drenthe', 3, '2024-09-23', 1, 2, 1, '[]', NULL, '2024-09-23T17:00:00Z', '2024-09-23T17:00:00Z'),  -- ido-spreekuur
    (419, 31, 'midden-drenthe', 1, '2024-10-01', 4, 5, 1, '["SeniorWeb"]', NULL, '2024-10-01T17:00:00Z', '2024-10-01T17:00:00Z'),  -- cursus-smartphone
    (420, 32, 'midden-drenthe', 5, '2024-10-02', 1, 2, 1, '[]', NULL, '2024-10-02T17:00:00Z', '2024-10-02T17:00:00Z'),  -- ido-spreekuur
    (421, 31, 'midden-drenthe', 2, '2024-10-10', 4, 5, 1, '["SeniorWeb"]', NULL, '2024-10-10T17:00:00Z', '2024-10-10T17:00:00Z'),  -- cursus-smartphone
    (422, 32, 'midden-drenthe', 2, '2024-10-10', 1, 3, 1, '[]', 'Vooral vragen over DigiD.', '2024-10-10T17:00:00Z', '2024-10-10T17:00:00Z'),  -- ido-spreekuur
    (423, 32, 'midden-drenthe', 2, '2024-10-11', 1, 2, 1, '[]', NULL, '2024-10-11T17:00:00Z', '2024-10-11T17:00:00Z'),  -- ido-spreekuur
    (424, 31, 'midden-drenthe', 3, '2024-10-15', 4, 5, 1, '["SeniorWeb"]', NULL, '2024-10-15T17:00:00Z', '2024-10-15T17:00:00Z'),  -- cursus-smartphone
    (425, 32, 'midden-drenthe', 3, '2024-10-17', 1, 1, 1, '[]', NULL, '2024-10-17T17:00:00Z', '2024-10-17T17:00:00Z'),  -- ido-spreekuur
    (426, 32, 'midden-drenthe', 1, '2024-10-22', 1, 1, 1, '[]', 'Hulp bij de DigiD-app.', '2024-10-22T17:00:00Z', '2024-10-22T17:00:00Z'),  -- ido-spreekuur
    (427, 32, 'midden-drenthe', 5, '2024-11-04', 1, 2, 1, '[]', NULL, '2024-11-04T17:00:00Z', '2024-11-04T17:00:00Z'),  -- ido-spreekuur
    (428, 32, 'midden-drenthe', 4, '2024-11-12', 1, 3, 1, '[]', NULL, '2024-11-12T17:00:00Z', '2024-11-12T17:00:00Z'),  -- ido-spreekuur
    (429, 32, 'midden-drenthe', 2, '2024-11-13', 1, 2, 1, '[]', NULL, '2024-11-13T17:00:00Z', '2024-11-13T17:00:00Z'),  -- ido-spreekuur
    (430, 29, 'midden-drenthe', 3, '2024-11-19', 4, 8, 1, '["Welzijnswerk Midden-Drenthe", "Gemeente Midden-Drenthe"]', NULL, '2024-11-19T17:00:00Z', '2024-11-19T17:00:00Z'),  -- digisterker
    (431, 32, 'midden-drenthe', 3, '2024-11-21', 1, 1, 1, '[]', NULL, '2024-11-21T17:00:00Z', '2024-11-21T17:00:00Z'),  -- ido-spreekuur
    (432, 28, 'midden-drenthe', 3, '2024-11-21', 4, 5, 1, '["Welzijnswerk Midden-Drenthe"]', NULL, '2024-11-21T17:00:00Z', '2024-11-21T17:00:00Z'),  -- klik-en-tik
    (433, 32, 'midden-drenthe', 1, '2024-11-22', 1, 4, 1, '[]', NULL, '2024-11-22T17:00:00Z', '2024-11-22T17:00:00Z'),  -- ido-spreekuur
    (434, 32, 'midden-drenthe', 1, '2024-11-27', 1, 2, 1, '[]', NULL, '2024-11-27T17:00:00Z', '2024-11-27T17:00:00Z'),  -- ido-spreekuur
    (435, 32, 'midden-drenthe', 1, '2024-12-09', 1, 1, 1, '[]', NULL, '2024-12-09T17:00:00Z', '2024-12-09T17:00:00Z'),  -- ido-spreekuur
    (436, 32, 'midden-drenthe', 1, '2024-12-16', 1, 2, 1, '[]', NULL, '2024-12-16T17:00:00Z', '2024-12-16T17:00:00Z'),  -- ido-spreekuur
    (437, 32, 'midden-drenthe', 10, '2024-12-18', 1, 4, 1, '[]', NULL, '2024-12-18T17:00:00Z', '2024-12-18T17:00:00Z'),  -- ido-spreekuur
    (438, 32, 'midden-drenthe', 3, '2024-12-20', 1, 3, 1, '[]', NULL, '2024-12-20T17:00:00Z', '2024-12-20T17:00:00Z');  -- ido-spreekuur
-- platform 2024: 155 registrations, 1084 participants, 155 sessions
INSERT INTO registration (id, activity_id, municipality, location_id, date, sessions, participants, order_id, partners, notes, created_at, updated_at) VALUES
    (439, 36, 'midden-drenthe', 2, '2024-01-04', 1, 5, NULL, '[]', NULL, '2024-01-04T17:00:00Z', '2024-01-04T17:00:00Z'),  -- breicafe
    (440, 38, 'midden-drenthe', 2, '2024-01-04', 1, 5, NULL, '[]', NULL, '2024-01-04T17:00:00Z', '2024-01-04T17:00:00Z'),  -- meeleesclub
    (441, 37, 'midden-drenthe', 1, '2024-01-05', 1, 12, 1, '[]', NULL, '2024-01-05T17:00:00Z', '2024-01-05T17:00:00Z'),  -- koffieochtend
    (442, 40, 'midden-drenthe', 1, '2024-01-09', 1, 2, 1, '["Steunouder"]', NULL, '2024-01-09T17:00:00Z', '2024-01-09T17:00:00Z'),  -- steunouder-spreekuur
    (443, 37, 'midden-drenthe', 4, '2024-01-10', 1, 5, 1, '[]', NULL, '2024-01-10T17:00:00Z', '2024-01-10T17:00:00Z'),  -- koffieochtend
    (444, 36, 'midden-drenthe', 3, '2024-01-11', 1, 8, NULL, '[]', NULL, '2024-01-11T17:00:00Z', '2024-01-11T17:00:00Z'),  -- breicafe
    (445, 38, 'midden-drenthe', 1, '2024-01-15', 1, 4, NULL, '[]', NULL, '2024-01-15T17:00:00Z', '2024-01-15T17:00:00Z'),  -- meeleesclub
    (446, 40, 'midden-drenthe', 1, '2024-01-16', 1, 4, 1, '["Steunouder"]', NULL, '2024-01-16T17:00:00Z', '2024-01-16T17:00:00Z'),  -- steunouder-spreekuur
    (447, 37, 'midden-drenthe', 6, '2024-01-17', 1, 6, 1, '[]', NULL, '2024-01-17T17:00:00Z', '2024-01-17T17:00:00Z'),  -- koffieochtend
    (448, 36, 'midden-drenthe', 2, '2024-01-18', 1, 11, NULL, '[]', NULL, '2024-01-18T17:00:00Z', '2024-01-18T17:00:00Z'),  -- breicafe
    (449, 37, 'midden-drenthe', 1, '2024-01-19', 1, 10, 1, '[]', NULL, '2024-01-19T17:00:00Z', '2024-01-19T17:00:00Z'),  -- koffieochtend
    (450, 40, 'midden-drenthe', 1, '2024-01-23', 1, 2, 1, '["Steunouder"]', NULL, '2024-01-23T17:00:00Z', '2024-01-23T17:00:00Z'),  -- steunouder-spreekuur
    (451, 36, 'midden-drenthe', 3, '2024-01-25', 1, 6, NULL, '[]', NULL, '2024-01-25T17:00:00Z', '2024-01-25T17:00:00Z'),  -- breicafe
    (452, 37, 'midden-drenthe', 3, '2024-01-26', 1, 10, 1, '[]', NULL, '2024-01-26T17:00:00Z', '2024-01-26T17:00:00Z'),  -- koffieochtend
    (453, 36, 'midden-drenthe', 2, '2024-02-01', 1, 4, NULL, '[]', NULL, '2024-02-01T17:00:00Z', '2024-02-01T17:00:00Z'),  -- breicafe
    (454, 38, 'midden-drenthe', 2, '2024-02-01', 1, 8, NULL, '[]', NULL, '2024-02-01T17:00:00Z', '2024-02-01T17:00:00Z'),  -- meeleesclub
    (455, 37, 'midden-drenthe', 1, '2024-02-02', 1, 5, 1, '[]', NULL, '2024-02-02T17:00:00Z', '2024-02-02T17:00:00Z'),  -- koffieochtend
    (456, 40, 'midden-drenthe', 1, '2024-02-06', 1, 1, 1, '["Steunouder"]', NULL, '2024-02-06T17:00:00Z', '2024-02-06T17:00:00Z'),  -- steunouder-spreekuur
    (457, 36, 'midden-drenthe', 3, '2024-02-08', 1, 4, NULL, '[]', NULL, '2024-02-08T17:00:00Z', '2024-02-08T17:00:00Z'),  -- breicafe
    (458, 37, 'midden-drenthe', 4, '2024-02-09', 1, 11, 1, '[]', NULL, '2024-02-09T17:00:00Z', '2024-02-09T17:00:00Z'),  -- koffieochtend
    (459, 40, 'midden-drenthe', 1, '2024-02-13', 1, 5, 1, '["Steunouder"]', NULL, '2024-02-13T17:00:00Z', '2024-02-13T17:00:00Z'),  -- steunouder-spreekuur
    (460, 36, 'midden-drenthe', 2, '2024-02-15', 1, 7, NULL, '[]', NULL, '2024-02-15T17:00:00Z', '2024-02-15T17:00:00Z'),  -- breicafe
    (461, 39, 'midden-drenthe', 3, '2024-02-16', 1, 24, NULL, '[]', NULL, '2024-02-16T17:00:00Z', '2024-02-16T17:00:00Z'),  -- filmavond
    (462, 37, 'midden-drenthe', 6, '2024-02-16', 1, 5, 1, '[]', NULL, '2024-02-16T17:00:00Z', '2024-02-16T17:00:00Z'),  -- koffieochtend
    (463, 38, 'midden-drenthe', 1, '2024-02-19', 1, 6, NULL, '[]', NULL, '2024-02-19T17:00:00Z', '2024-02-19T17:00:00Z'),  -- meeleesclub
    (464, 40, 'midden-drenthe', 1, '2024-02-20', 1, 5, 1, '["Steunouder"]', NULL, '2024-02-20T17:00:00Z', '2024-02-20T17:00:00Z'),  -- steunouder-spreekuur
    (465, 36, 'midden-drenthe', 3, '2024-02-22', 1, 6, NULL, '[]', NULL, '2024-02-22T17:00:00Z', '2024-02-22T17:00:00Z'),  -- breicafe
    (466, 40, 'midden-drenthe', 1, '2024-02-27', 1, 1, 1, '["Steunouder"]', NULL, '2024-02-27T17:00:00Z', '2024-02-27T17:00:00Z'),  -- steunouder-spreekuur
    (467, 37, 'midden-drenthe', 1, '2024-02-28', 1, 13, 1, '[]', NULL, '2024-02-28T17:00:00Z', '2024-02-28T17:00:00Z'),  -- koffieochtend
    (468, 40, 'midden-drenthe', 1, '2024-03-05', 1, 3, 1, '["Steunouder"]', NULL, '2024-03-05T17:00:00Z', '2024-03-05T17:00:00Z'),  -- steunouder-spreekuur
    (469, 37, 'midden-drenthe', 3, '2024-03-06', 1, 9, 1, '[]', NULL, '2024-03-06T17:00:00Z', '2024-03-06T17:00:00Z'),  -- koffieochtend
    (470, 36, 'midden-drenthe', 2, '2024-03-07', 1, 9, NULL, '[]', NULL, '2024-03-07T17:00:00Z', '2024-03-07T17:00:00Z'),  -- breicafe
    (471, 38, 'midden-drenthe', 2, '2024-03-07', 1, 5, NULL, '[]', NULL, '2024-03-07T17:00:00Z', '2024-03-07T17:00:00Z'),  -- meeleesclub
    (472, 37, 'midden-drenthe', 1, '2024-03-08', 1, 9, 1, '[]', NULL, '2024-03-08T17:00:00Z', '2024-03-08T17:00:00Z'),  -- koffieochtend
    (473, 40, 'midden-drenthe', 1, '2024-03-12', 1, 2, 1, '["Steunouder"]', NULL, '2024-03-12T17:00:00Z', '2024-03-12T17:00:00Z'),  -- steunouder-spreekuur
    (474, 37, 'midden-drenthe', 4, '2024-03-13', 1, 8, 1, '[]', NULL, '2024-03-13T17:00:00Z', '2024-03-13T17:00:00Z'),  -- koffieochtend
    (475, 36, 'midden-drenthe', 3, '2024-03-14', 1, 9, NULL, '[]', NULL, '2024-03-14T17:00:00Z', '2024-03-14T17:00:00Z'),  -- breicafe
    (476, 37, 'midden-drenthe', 6, '2024-03-15', 1, 13, 1, '[]', NULL, '2024-03-15T17:00:00Z', '2024-03-15T17:00:00Z'),  -- koffieochtend
    (477, 38, 'midden-drenthe', 1, '2024-03-18', 1, 7, NULL, '[]', NULL, '2024-03-18T17:00:00Z', '2024-03-18T17:00:00Z'),  -- meeleesclub
    (478, 40, 'midden-drenthe', 1, '2024-03-19', 1, 3, 1, '["Steunouder"]', NULL, '2024-03-19T17:00:00Z', '2024-03-19T17:00:00Z'),  -- steunouder-spreekuur
    (479, 36, 'midden-drenthe', 2, '2024-03-21', 1, 12, NULL, '[]', NULL, '2024-03-21T17:00:00Z', '2024-03-21T17:00:00Z'),  -- breicafe
    (480, 39, 'midden-drenthe', 7, '2024-03-22', 1, 19, NULL, '[]', NULL, '2024-03-22T17:00:00Z', '2024-03-22T17:00:00Z'),  -- filmavond
    (481, 37, 'midden-drenthe', 1, '2024-03-22', 1, 7, 1, '[]', NULL, '2024-03-22T17:00:00Z', '2024-03-22T17:00:00Z'),  -- koffieochtend
    (482, 40, 'midden-drenthe', 1, '2024-03-26', 1, 3, 1, '["Steunouder"]', NULL, '2024-03-26T17:00:00Z', '2024-03-26T17:00:00Z'),  -- steunouder-spreekuur
    (483, 36, 'midden-drenthe', 3, '2024-03-28', 1, 9, NULL, '[]', NULL, '2024-03-28T17:00:00Z', '2024-03-28T17:00:00Z'),  -- breicafe
    (484, 40, 'midden-drenthe', 1, '2024-04-02', 1, 2, 1, '["Steunouder"]', NULL, '2024-04-02T17:00:00Z', '2024-04-02T17:00:00Z'),  -- steunouder-spreekuur
    (485, 37, 'midden-drenthe', 3, '2024-04-03', 1, 6, 1, '[]', NULL, '2024-04-03T17:00:00Z', '2024-04-03T17:00:00Z'),  -- koffieochtend
    (486, 36, 'midden-drenthe', 2, '2024-04-04', 1, 11, NULL, '[]', NULL, '2024-04-04T17:00:00Z', '2024-04-04T17:00:00Z'),  -- breicafe
    (487, 38, 'midden-drenthe', 2, '2024-04-04', 1, 8, NULL, '[]', NULL, '2024-04-04T17:00:00Z', '2024-04-04T17:00:00Z'),  -- meeleesclub
    (488, 37, 'midden-drenthe', 1, '2024-04-05', 1, 10, 1, '[]', NULL, '2024-04-05T17:00:00Z', '2024-04-05T17:00:00Z'),  -- koffieochtend
    (489, 40, 'midden-drenthe', 1, '2024-04-09', 1, 1, 1, '["Steunouder"]', NULL, '2024-04-09T17:00:00Z', '2024-04-09T17:00:00Z'),  -- steunouder-spreekuur
    (490, 36, 'midden-drenthe', 3, '2024-04-11', 1, 11, NULL, '[]', NULL, '2024-04-11T17:00:00Z', '2024-04-11T17:00:00Z'),  -- breicafe
    (491, 37, 'midden-drenthe', 4, '2024-04-12', 1, 5, 1, '[]', NULL, '2024-04-12T17:00:00Z', '2024-04-12T17:00:00Z'),  -- koffieochtend
    (492, 38, 'midden-drenthe', 1, '2024-04-15', 1, 7, NULL, '[]', NULL, '2024-04-15T17:00:00Z', '2024-04-15T17:00:00Z'),  -- meeleesclub
    (493, 40, 'midden-drenthe', 1, '2024-04-16', 1, 3, 1, '["Steunouder"]', NULL, '2024-04-16T17:00:00Z', '2024-04-16T17:00:00Z'),  -- steunouder-spreekuur
    (494, 36, 'midden-drenthe', 2, '2024-04-18', 1, 9, NULL, '[]', NULL, '2024-04-18T17:00:00Z', '2024-04-18T17:00:00Z'),  -- breicafe
    (495, 40, 'midden-drenthe', 1, '2024-04-23', 1, 4, 1, '["Steunouder"]', NULL, '2024-04-23T17:00:00Z', '2024-04-23T17:00:00Z'),  -- steunouder-spreekuur
    (496, 37, 'midden-drenthe', 6, '2024-04-24', 1, 6, 1, '[]', NULL, '2024-04-24T17:00:00Z', '2024-04-24T17:00:00Z'),  -- koffieochtend
    (497, 36, 'midden-drenthe', 3, '2024-04-25', 1, 11, NULL, '[]', NULL, '2024-04-25T17:00:00Z', '2024-04-25T17:00:00Z'),  -- breicafe
    (498, 36, 'midden-drenthe', 2, '2024-05-02', 1, 6, NULL, '[]', NULL, '2024-05-02T17:00:00Z', '2024-05-02T17:00:00Z'),  -- breicafe
    (499, 38, 'midden-drenthe', 2, '2024-05-02', 1, 9, NULL, '[]', NULL, '2024-05-02T17:00:00Z', '2024-05-02T17:00:00Z'),  -- meeleesclub
    (500, 37, 'midden-drenthe', 1, '2024-05-03', 1, 10, 1, '[]', NULL, '2024-05-03T17:00:00Z', '2024-05-03T17:00:00Z'),  -- koffieochtend
    (501, 40, 'midden-drenthe', 1, '2024-05-07', 1, 1, 1, '["Steunouder"]', NULL, '2024-05-07T17:00:00Z', '2024-05-07T17:00:00Z'),  -- steunouder-spreekuur
    (502, 36, 'midden-drenthe', 3, '2024-05-09', 1, 6, NULL, '[]', NULL, '2024-05-09T17:00:00Z', '2024-05-09T17:00:00Z'),  -- breicafe
    (503, 37, 'midden-drenthe', 3, '2024-05-15', 1, 12, 1, '[]', NULL, '2024-05-15T17:00:00Z', '2024-05-15T17:00:00Z'),  -- koffieochtend
    (504, 36, 'midden-drenthe', 2, '2024-05-16', 1, 10, NULL, '[]', NULL, '2024-05-16T17:00:00Z', '2024-05-16T17:00:00Z'),  -- breicafe
    (505, 37, 'midden-drenthe', 1, '2024-05-17', 1, 12, 1, '[]', NULL, '2024-05-17T17:00:00Z', '2024-05-17T17:00:00Z'),  -- koffieochtend
    (506, 38, 'midden-drenthe', 1, '2024-05-20', 1, 4, NULL, '[]', NULL, '2024-05-20T17:00:00Z', '2024-05-20T17:00:00Z'),  -- meeleesclub
    (507, 40, 'midden-drenthe', 1, '2024-05-21', 1, 4, 1, '["Steunouder"]', NULL, '2024-05-21T17:00:00Z', '2024-05-21T17:00:00Z'),  -- steunouder-spreekuur
    (508, 36, 'midden-drenthe', 3, '2024-05-23', 1, 6, NULL, '[]', NULL, '2024-05-23T17:00:00Z', '2024-05-23T17:00:00Z'),  -- breicafe
    (509, 37, 'midden-drenthe', 4, '2024-05-24', 1, 12, 1, '[]', NULL, '2024-05-24T17:00:00Z', '2024-05-24T17:00:00Z'),  -- koffieochtend
    (510, 40, 'midden-drenthe', 1, '2024-05-28', 1, 4, 1, '["Steunouder"]', NULL, '2024-05-28T17:00:00Z', '2024-05-28T17:00:00Z'),  -- steunouder-spreekuur
    (511, 40, 'midden-drenthe', 1, '2024-06-04', 1, 2, 1, '["Steunouder"]', NULL, '2024-06-04T17:00:00Z', '2024-06-04T17:00:00Z'),  -- steunouder-spreekuur
    (512, 36, 'midden-drenthe', 2, '2024-06-06', 1, 8, NULL, '[]', NULL, '2024-06-06T17:00:00Z', '2024-06-06T17:00:00Z'),  -- breicafe
    (513, 38, 'midden-drenthe', 2, '2024-06-06', 1, 8, NULL, '[]', NULL, '2024-06-06T17:00:00Z', '2024-06-06T17:00:00Z'),  -- meeleesclub
    (514, 40, 'midden-drenthe', 1, '2024-06-11', 1, 3, 1, '["Steunouder"]', NULL, '2024-06-11T17:00:00Z', '2024-06-11T17:00:00Z'),  -- steunouder-spreekuur
    (515, 37, 'midden-drenthe', 6, '2024-06-12', 1, 5, 1, '[]', NULL, '2024-06-12T17:00:00Z', '2024-06-12T17:00:00Z'),  -- koffieochtend
    (516, 36, 'midden-drenthe', 3, '2024-06-13', 1, 8, NULL, '[]', NULL, '2024-06-13T17:00:00Z', '2024-06-13T17:00:00Z'),  -- breicafe
    (517, 38, 'midden-drenthe', 1, '2024-06-17', 1, 9, NULL, '[]', NULL, '2024-06-17T17:00:00Z', '2024-06-17T17:00:00Z'),  -- meeleesclub
    (518, 40, 'midden-drenthe', 1, '2024-06-18', 1, 3, 1, '["Steunouder"]', NULL, '2024-06-18T17:00:00Z', '2024-06-18T17:00:00Z'),  -- steunouder-spreekuur
    (519, 37, 'midden-drenthe', 1, '2024-06-19', 1, 6, 1, '[]', NULL, '2024-06-19T17:00:00Z', '2024-06-19T17:00:00Z'),  -- koffieochtend
    (520, 36, 'midden-drenthe', 2, '2024-06-20', 1, 8, NULL, '[]', NULL, '2024-06-20T17:00:00Z', '2024-06-20T17:00:00Z'),  -- breicafe
    (521, 37, 'midden-drenthe', 3, '2024-06-21', 1, 11, 1, '[]', NULL, '2024-06-21T17:00:00Z', '2024-06-21T17:00:00Z'),  -- koffieochtend
    (522, 40, 'midden-drenthe', 1, '2024-06-25', 1, 3, 1, '["Steunouder"]', NULL, '2024-06-25T17:00:00Z', '2024-06-25T17:00:00Z'),  -- steunouder-spreekuur
    (523, 36, 'midden-drenthe', 3, '2024-06-27', 1, 9, NULL, '[]', NULL, '2024-06-27T17:00:00Z', '2024-06-27T17:00:00Z'),  -- breicafe
    (524, 40, 'midden-drenthe', 1, '2024-07-02', 1, 1, 1, '["Steunouder"]', NULL, '2024-07-02T17:00:00Z', '2024-07-02T17:00:00Z'),  -- steunouder-spreekuur
    (525, 36, 'midden-drenthe', 2, '2024-07-04', 1, 8, NULL, '[]', NULL, '2024-07-04T17:00:00Z', '2024-07-04T17:00:00Z'),  -- breicafe
    (526, 37, 'midden-drenthe', 1, '2024-07-10', 1, 8, 1, '[]', NULL, '2024-07-10T17:00:00Z', '2024-07-10T17:00:00Z'),  -- koffieochtend
    (527, 36, 'midden-drenthe', 3, '2024-07-11', 1, 6, NULL, '[]', NULL, '2024-07-11T17:00:00Z', '2024-07-11T17:00:00Z'),  -- breicafe
    (528, 36, 'midden-drenthe', 2, '2024-07-18', 1, 5, NULL, '[]', NULL, '2024-07-18T17:00:00Z', '2024-07-18T17:00:00Z'),  -- breicafe
    (529, 40, 'midden-drenthe', 1, '2024-07-23', 1, 3, 1, '["Steunouder"]', NULL, '2024-07-23T17:00:00Z', '2024-07-23T17:00:00Z'),  -- steunouder-spreekuur
    (530, 37, 'midden-drenthe', 4, '2024-07-24', 1, 5, 1, '[]', NULL, '2024-07-24T17:00:00Z', '2024-07-24T17:00:00Z'),  -- koffieochtend
    (531, 36, 'midden-drenthe', 3, '2024-07-25', 1, 11, NULL, '[]', NULL, '2024-07-25T17:00:00Z', '2024-07-25T17:00:00Z'),  -- breicafe
    (532, 36, 'midden-drenthe', 2, '2024-08-01', 1, 6, NULL, '[]', NULL, '2024-08-01T17:00:00Z', '2024-08-01T17:00:00Z'),  -- breicafe
    (533, 37, 'midden-drenthe', 6, '2024-08-07', 1, 13, 1, '[]', NULL, '2024-08-07T17:00:00Z', '2024-08-07T17:00:00Z'),  -- koffieochtend
    (534, 36, 'midden-drenthe', 3, '2024-08-08', 1, 7, NULL, '[]', NULL, '2024-08-08T17:00:00Z', '2024-08-08T17:00:00Z'),  -- breicafe
    (535, 40, 'midden-drenthe', 1, '2024-08-13', 1, 3, 1, '["Steunouder"]', NULL, '2024-08-13T17:00:00Z', '2024-08-13T17:00:00Z'),  -- steunouder-spreekuur
    (536, 37, 'midden-drenthe', 1, '2024-08-14', 1, 12, 1, '[]', NULL, '2024-08-14T17:00:00Z', '2024-08-14T17:00:00Z'),  -- koffieochtend
    (537, 36, 'midden-drenthe', 2, '2024-08-15', 1, 6, NULL, '[]', NULL, '2024-08-15T17:00:00Z', '2024-08-15T17:00:00Z'),  -- breicafe
    (538, 40, 'midden-drenthe', 1, '2024-08-20', 1, 1, 1, '["Steunouder"]', NULL, '2024-08-20T17:00:00Z', '2024-08-20T17:00:00Z'),  -- steunouder-spreekuur
    (539, 40, 'midden-drenthe', 1, '2024-09-03', 1, 4, 1, '["Steunouder"]', NULL, '2024-09-03T17:00:00Z', '2024-09-03T17:00:00Z'),  -- steunouder-spreekuur
    (540, 36, 'midden-drenthe', 3, '2024-09-05', 1, 4, NULL, '[]', NULL, '2024-09-05T17:00:00Z', '2024-09-05T17:00:00Z'),  -- breicafe
    (541, 38, 'midden-drenthe', 2, '2024-09-05', 1, 5, NULL, '[]', NULL, '2024-09-05T17:00:00Z', '2024-09-05T17:00:00Z'),  -- meeleesclub
    (542, 40, 'midden-drenthe', 1, '2024-09-10', 1, 3, 1, '["Steunouder"]', NULL, '2024-09-10T17:00:00Z', '2024-09-10T17:00:00Z'),  -- steunouder-spreekuur
    (543, 36, 'midden-drenthe', 2, '2024-09-12', 1, 9, NULL, '[]', NULL, '2024-09-12T17:00:00Z', '2024-09-12T17:00:00Z'),  -- breicafe
    (544, 38, 'midden-drenthe', 1, '2024-09-16', 1, 4, NULL, '[]', NULL, '2024-09-16T17:00:00Z', '2024-09-16T17:00:00Z'),  -- meeleesclub
    (545, 40, 'midden-drenthe', 1, '2024-09-17', 1, 3, 1, '["Steunouder"]', NULL, '2024-09-17T17:00:00Z', '2024-09-17T17:00:00Z'),  -- steunouder-spreekuur
    (546, 36, 'midden-drenthe', 3, '2024-09-19', 1, 4, NULL, '[]', NULL, '2024-09-19T17:00:00Z', '2024-09-19T17:00:00Z'),  -- breicafe
    (547, 37, 'midden-drenthe', 3, '2024-09-20', 1, 8, 1, '[]', NULL, '2024-09-20T17:00:00Z', '2024-09-20T17:00:00Z'),  -- koffieochtend
    (548, 40, 'midden-drenthe', 1, '2024-09-24', 1, 1, 1, '["Steunouder"]', NULL, '2024-09-24T17:00:00Z', '2024-09-24T17:00:00Z'),  -- steunouder-spreekuur
    (549, 37, 'midden-drenthe', 1, '2024-09-25', 1, 5, 1, '[]', NULL, '2024-09-25T17:00:00Z', '2024-09-25T17:00:00Z'),  -- koffieochtend
    (550, 36, 'midden-drenthe', 2, '2024-09-26', 1, 7, NULL, '[]', NULL, '2024-09-26T17:00:00Z', '2024-09-26T17:00:00Z'),  -- breicafe
    (551, 37, 'midden-drenthe', 4, '2024-09-27', 1, 8, 1, '[]', NULL, '2024-09-27T17:00:00Z', '2024-09-27T17:00:00Z'),  -- koffieochtend
    (552, 40, 'midden-drenthe', 1, '2024-10-01', 1, 5, 1, '["Steunouder"]', NULL, '2024-10-01T17:00:00Z', '2024-10-01T17:00:00Z'),  -- steunouder-spreekuur
    (553, 37, 'midden-drenthe', 6, '2024-10-02', 1, 11, 1, '[]', NULL, '2024-10-02T17:00:00Z', '2024-10-02T17:00:00Z'),  -- koffieochtend
    (554, 36, 'midden-drenthe', 3, '2024-10-03', 1, 12, NULL, '[]', NULL, '2024-10-03T17:00:00Z', '2024-10-03T17:00:00Z'),  -- breicafe
    (555, 38, 'midden-drenthe', 2, '2024-10-03', 1, 5, NULL, '[]', NULL, '2024-10-03T17:00:00Z', '2024-10-03T17:00:00Z'),  -- meeleesclub
    (556, 40, 'midden-drenthe', 1, '2024-10-08', 1, 5, 1, '["Steunouder"]', NULL, '2024-10-08T17:00:00Z', '2024-10-08T17:00:00Z'),  -- steunouder-spreekuur
    (557, 36, 'midden-drenthe', 2, '2024-10-10', 1, 8, NULL, '[]', NULL, '2024-10-10T17:00:00Z', '2024-10-10T17:00:00Z'),  -- breicafe
    (558, 37, 'midden-drenthe', 1, '2024-10-11', 1, 8, 1, '[]', NULL, '2024-10-11T17:00:00Z', '2024-10-11T17:00:00Z'),  -- koffieochtend
    (559, 40, 'midden-drenthe', 1, '2024-10-15', 1, 1, 1, '["Steunouder"]', NULL, '2024-10-15T17:00:00Z', '2024-10-15T17:00:00Z'),  -- steunouder-spreekuur
    (560, 36, 'midden-drenthe', 3, '2024-10-17', 1, 5, NULL, '[]', NULL, '2024-10-17T17:00:00Z', '2024-10-17T17:00:00Z'),  -- breicafe
    (561, 39, 'midden-drenthe', 3, '2024-10-18', 1, 31, NULL, '[]', NULL, '2024-10-18T17:00:00Z', '2024-10-18T17:00:00Z'),  -- filmavond
    (562, 37, 'midden-drenthe', 3, '2024-10-18', 1, 6, 1, '[]', NULL, '2024-10-18T17:00:00Z', '2024-10-18T17:00:00Z'),  -- koffieochtend
    (563, 38, 'midden-drenthe', 1, '2024-10-21', 1, 4, NULL, '[]', NULL, '2024-10-21T17:00:00Z', '2024-10-21T17:00:00Z'),  -- meeleesclub
    (564, 40, 'midden-drenthe', 1, '2024-10-22', 1, 5, 1, '["Steunouder"]', NULL, '2024-10-22T17:00:00Z', '2024-10-22T17:00:00Z'),  -- steunouder-spreekuur
    (565, 36, 'midden-drenthe', 2, '2024-10-24', 1, 9, NULL, '[]', NULL, '2024-10-24T17:00:00Z', '2024-10-24T17:00:00Z'),  -- breicafe
    (566, 37, 'midden-drenthe', 1, '2024-11-01', 1, 6, 1, '[]', NULL, '2024-11-01T17:00:00Z', '2024-11-01T17:00:00Z'),  -- koffieochtend
    (567, 40, 'midden-drenthe', 1, '2024-11-05', 1, 2, 1, '["Steunouder"]', NULL, '2024-11-05T17:00:00Z', '2024-11-05T17:00:00Z'),  -- steunouder-spreekuur
    (568, 37, 'midden-drenthe', 4, '2024-11-06', 1, 5, 1, '[]', NULL, '2024-11-06T17:00:00Z', '2024-11-06T17:00:00Z'),  -- koffieochtend
    (569, 36, 'midden-drenthe', 3, '2024-11-07', 1, 4, NULL, '[]', NULL, '2024-11-07T17:00:00Z', '2024-11-07T17:00:00Z'),  -- breicafe
    (570, 38, 'midden-drenthe', 2, '2024-11-07', 1, 6, NULL, '[]', NULL, '2024-11-07T17:00:00Z', '2024-11-07T17:00:00Z'),  -- meeleesclub
    (571, 40, 'midden-drenthe', 1, '2024-11-12', 1, 2, 1, '["Steunouder"]', NULL, '2024-11-12T17:00:00Z', '2024-11-12T17:00:00Z'),  -- steunouder-spreekuur
    (572, 36, 'midden-drenthe', 2, '2024-11-14', 1, 6, NULL, '[]', NULL, '2024-11-14T17:00:00Z', '2024-11-14T17:00:00Z'),  -- breicafe
    (573, 41, 'midden-drenthe', 1, '2024-11-14', 1, 27, NULL, '[]', 'Heel Nederland Leest: Joe Speedboot, met live vioolmuziek.', '2024-11-14T17:00:00Z', '2024-11-14T17:00:00Z'),  -- silent-reading-sessie
    (574, 37, 'midden-drenthe', 6, '2024-11-15', 1, 12, 1, '[]', NULL, '2024-11-15T17:00:00Z', '2024-11-15T17:00:00Z'),  -- koffieochtend
    (575, 38, 'midden-drenthe', 1, '2024-11-18', 1, 8, NULL, '[]', NULL, '2024-11-18T17:00:00Z', '2024-11-18T17:00:00Z'),  -- meeleesclub
    (576, 40, 'midden-drenthe', 1, '2024-11-19', 1, 1, 1, '["Steunouder"]', NULL, '2024-11-19T17:00:00Z', '2024-11-19T17:00:00Z'),  -- steunouder-spreekuur
    (577, 36, 'midden-drenthe', 3, '2024-11-21', 1, 8, NULL, '[]', NULL, '2024-11-21T17:00:00Z', '2024-11-21T17:00:00Z'),  -- breicafe
    (578, 39, 'midden-drenthe', 1, '2024-11-22', 1, 22, NULL, '[]', NULL, '2024-11-22T17:00:00Z', '2024-11-22T17:00:00Z'),  -- filmavond
    (579, 37, 'midden-drenthe', 1, '2024-11-22', 1, 12, 1, '[]', NULL, '2024-11-22T17:00:00Z', '2024-11-22T17:00:00Z'),  -- koffieochtend
    (580, 40, 'midden-drenthe', 1, '2024-11-26', 1, 1, 1, '["Steunouder"]', NULL, '2024-11-26T17:00:00Z', '2024-11-26T17:00:00Z'),  -- steunouder-spreekuur
    (581, 37, 'midden-drenthe', 3, '2024-11-27', 1, 6, 1, '[]', NULL, '2024-11-27T17:00:00Z', '2024-11-27T17:00:00Z'),  -- koffieochtend
    (582, 36, 'midden-drenthe', 2, '2024-11-28', 1, 5, NULL, '[]', NULL, '2024-11-28T17:00:00Z', '2024-11-28T17:00:00Z'),  -- breicafe
    (583, 40, 'midden-drenthe', 1, '2024-12-03', 1, 4, 1, '["Steunouder"]', NULL, '2024-12-03T17:00:00Z', '2024-12-03T17:00:00Z'),  -- steunouder-spreekuur
    (584, 37, 'midden-drenthe', 1, '2024-12-04', 1, 8, NULL, '[]', NULL, '2024-12-04T17:00:00Z', '2024-12-04T17:00:00Z'),  -- koffieochtend
    (585, 36, 'midden-drenthe', 3, '2024-12-05', 1, 7, NULL, '[]', NULL, '2024-12-05T17:00:00Z', '2024-12-05T17:00:00Z'),  -- breicafe
    (586, 38, 'midden-drenthe', 2, '2024-12-05', 1, 8, NULL, '[]', NULL, '2024-12-05T17:00:00Z', '2024-12-05T17:00:00Z'),  -- meeleesclub
    (587, 37, 'midden-drenthe', 4, '2024-12-06', 1, 6, NULL, '[]', NULL, '2024-12-06T17:00:00Z', '2024-12-06T17:00:00Z'),  -- koffieochtend
    (588, 40, 'midden-drenthe', 1, '2024-12-10', 1, 4, 1, '["Steunouder"]', NULL, '2024-12-10T17:00:00Z', '2024-12-10T17:00:00Z'),  -- steunouder-spreekuur
    (589, 36, 'midden-drenthe', 2, '2024-12-12', 1, 6, NULL, '[]', NULL, '2024-12-12T17:00:00Z', '2024-12-12T17:00:00Z'),  -- breicafe
    (590, 39, 'midden-drenthe', 2, '2024-12-13', 1, 18, NULL, '[]', NULL, '2024-12-13T17:00:00Z', '2024-12-13T17:00:00Z'),  -- filmavond
    (591, 38, 'midden-drenthe', 1, '2024-12-16', 1, 8, NULL, '[]', NULL, '2024-12-16T17:00:00Z', '2024-12-16T17:00:00Z'),  -- meeleesclub
    (592, 40, 'midden-drenthe', 1, '2024-12-17', 1, 3, 1, '["Steunouder"]', NULL, '2024-12-17T17:00:00Z', '2024-12-17T17:00:00Z'),  -- steunouder-spreekuur
    (593, 36, 'midden-drenthe', 3, '2024-12-19', 1, 9, NULL, '[]', NULL, '2024-12-19T17:00:00Z', '2024-12-19T17:00:00Z');  -- breicafe

-- ------------------------------------------------------------------------------------------
-- Key figures ("De cijfers"): raw values only. Totals and ratios (members_total,
-- loans_physical_total, loans_online_total, participation_rate) and the counts taken from
-- registrations (platform_*, digital_*, ido_office_hours) are computed, never stored.
-- 2024: real, from the report (is_example = 0). Survey values are BiebPanel percentages.
-- ------------------------------------------------------------------------------------------
-- Midden-Drenthe 2024 (members total 6,984; participation 6,984 / 34,021 = 20.5 %).
INSERT INTO figure_value (year, area, code, value, is_example, updated_at) VALUES
    (2024, 'midden-drenthe', 'visitors_library', 69942, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'visitors_website', 221938, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'members_paying', 1920, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'members_youth', 4563, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'members_start', 295, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'members_other', 206, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'dbos_pupils', 2405, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'dbos_primary_schools', 18, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'dbos_secondary_schools', 1, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'boekstart_childcare_locations', 19, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'boekstart_baby_kits', 165, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'ebook_accounts_active', 6160, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'ido_questions', 163, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'loans_books', 176762, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'loans_avm', 1624, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'loans_magazines', 10515, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'loans_dbos', 55776, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'survey_staff', 89, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'survey_opening_hours', 83, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'survey_building', 81, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'survey_atmosphere', 80, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'survey_workspaces', 58, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'survey_catering', 64, 0, '2025-01-15T09:00:00Z'),
    (2024, 'midden-drenthe', 'survey_practical', 68, 0, '2025-01-15T09:00:00Z');

-- Biblionet Drenthe 2024 (online loans 89,894 + 33,657 = 123,551), province-wide context and online courses.
INSERT INTO figure_value (year, area, code, value, is_example, updated_at) VALUES
    (2024, 'organisation', 'loans_ebooks', 89894, 0, '2025-01-15T09:00:00Z'),
    (2024, 'organisation', 'loans_audiobooks', 33657, 0, '2025-01-15T09:00:00Z'),
    (2024, 'organisation', 'online_members_active', 11536, 0, '2025-01-15T09:00:00Z'),
    (2024, 'organisation', 'province_ebook_loans', 168179, 0, '2025-01-15T09:00:00Z'),
    (2024, 'organisation', 'province_audiobook_loans', 61267, 0, '2025-01-15T09:00:00Z'),
    (2024, 'organisation', 'goodhabitz_courses', 4373, 0, '2025-01-15T09:00:00Z'),
    (2024, 'organisation', 'soofos_courses', 5024, 0, '2025-01-15T09:00:00Z');

-- Midden-Drenthe 2023: EXAMPLES (is_example = 1), plausible values a little different from 2024.
INSERT INTO figure_value (year, area, code, value, is_example, updated_at) VALUES
    (2023, 'midden-drenthe', 'visitors_library', 66518, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'visitors_website', 209774, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'members_paying', 1874, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'members_youth', 4402, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'members_start', 263, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'members_other', 198, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'dbos_pupils', 2371, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'dbos_primary_schools', 17, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'dbos_secondary_schools', 1, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'boekstart_childcare_locations', 17, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'boekstart_baby_kits', 158, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'ebook_accounts_active', 5712, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'ido_questions', 131, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'loans_books', 179318, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'loans_avm', 1893, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'loans_magazines', 10988, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'loans_dbos', 53102, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'survey_staff', 87, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'survey_opening_hours', 80, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'survey_building', 81, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'survey_atmosphere', 78, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'survey_workspaces', 55, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'survey_catering', 61, 1, '2024-01-15T09:00:00Z'),
    (2023, 'midden-drenthe', 'survey_practical', 66, 1, '2024-01-15T09:00:00Z');

-- Organisation 2023: the province-wide online figures are real (printed in the 2024 report);
-- the Biblionet Drenthe loans and the online courses are examples (is_example = 1).
INSERT INTO figure_value (year, area, code, value, is_example, updated_at) VALUES
    (2023, 'organisation', 'loans_ebooks', 86412, 1, '2024-01-15T09:00:00Z'),
    (2023, 'organisation', 'loans_audiobooks', 29481, 1, '2024-01-15T09:00:00Z'),
    (2023, 'organisation', 'online_members_active', 10804, 0, '2024-01-15T09:00:00Z'),
    (2023, 'organisation', 'province_ebook_loans', 162019, 0, '2024-01-15T09:00:00Z'),
    (2023, 'organisation', 'province_audiobook_loans', 54525, 0, '2024-01-15T09:00:00Z'),
    (2023, 'organisation', 'goodhabitz_courses', 3986, 1, '2024-01-15T09:00:00Z'),
    (2023, 'organisation', 'soofos_courses', 4417, 1, '2024-01-15T09:00:00Z');
