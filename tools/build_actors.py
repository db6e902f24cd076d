#!/usr/bin/env python3
"""Generate the shipped actor codebooks: ``codebooks/actors/countries.yaml`` and
``codebooks/actors/organizations.yaml``.

The data lives in this file, in compact tables written for people (one line per country); the script
expands it into the YAML the library reads.  Edit the tables here and re-run the script rather than
editing the YAML by hand (the tests check that the two agree).

Countries (``COUNTRIES``), one line each::

    CODE | French names | English names | French demonyms | English demonyms   # comment

* names are separated by ``;`` and list the usual name, the official long name, common
  abbreviations and the capital (capitals stand for the government in news: "Moscou", "Pékin").
  Matching is case- and accent-insensitive, so no case or accent variants are listed; spelling
  variants are (Kiev/Kyiv, Pékin/Beijing).  Names are written without their article: the matcher
  skips determiners ("le Caire" -> "Caire", "la Maison Blanche" -> "Maison Blanche").
* French demonyms are separated by ``,`` and written as the masculine singular; the script adds
  the feminine and plural forms (``ukrainien`` -> ukrainien, ukrainienne, ukrainiens,
  ukrainiennes).  A form starting with ``=`` is taken as written, not inflected (irregular words).
* English demonyms are separated by ``,``; ``Russian+`` stands for "Russian" and "Russians".
* Deliberately left out, because they are ordinary words or stand for something else in news:
  French "Grenade" (grenade), "Réunion"/"La Réunion" (meeting), "Maurice" and "Dominique" (first
  names), "EAU" (eau); English "CAR" (car), "America"/"Amérique" (the
  continent), "Emirates" (the airline); the capitals Brussels (stands for the EU), The Hague (the
  international courts), Sanaa (held by the Houthis), Sucre and Roseau (French common nouns),
  Victoria, Malé, Hamilton, Saint-Denis, San José, Georgetown, bare Santiago (other places,
  words or first names), Aden (the Gulf of Aden); French "Hollande" (François Hollande) and
  "La Paz" (read as determiner + "Paz"); English "Nassau" (Nassau County).

CAMEO quirks (from ../shared/reference/cameo/cameo_country_codes.tsv and text_to_CAMEO):

* ANT is Antarctica in CAMEO's text_to_CAMEO table (ISO-3166 ANT was the Netherlands Antilles,
  which CAMEO codes NLDANT; ISO codes Antarctica ATA).
* Timor-Leste is TMP in CAMEO; the table also lists ISO's TLS.  ZAR (the old ISO code of Zaire)
  and BYS (Byelorussia) duplicate COD and BLR.  The duplicate codes get no entry of their own:
  their names belong to TMP, COD and BLR (``ALIASES`` below), otherwise two actors would share
  every name.
* KSV is Kosovo (World Bank style; ISO has no code).
* Dependent territories keep their own 3-letter code here; text_to_CAMEO codes several as the
  administering country + territory (USAPRI, GBRGIB, FRANCL...), noted in a comment per entry.
* Historical states (SUN, DDR, CSK, YUG, SCG, YMD) have no capital, so "Moscou" or "Belgrade"
  resolve to today's country.
* Congolese/congolais are given to the DRC (COD), as in the Phoenix dictionaries: the word is
  ambiguous, and the DRC is the usual referent in news.  The Republic of the Congo is "Congo" in
  French; in English news (AP style) "Congo" is the DRC.  English "Dominican" goes to the
  Dominican Republic (DOM), not Dominica (DMA).

Usage::

    python tools/build_actors.py [--output-dir codebooks/actors]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT_DIR = REPO_ROOT / "codebooks" / "actors"
VERSION = "0.1.0"

#: Codes of the CAMEO country table that are aliases of another entry (see the docstring).
ALIASES = {
    "TLS": "TMP",  # ISO code of Timor-Leste; CAMEO uses TMP
    "ZAR": "COD",  # old ISO code of Zaire
    "BYS": "BLR",  # old ISO code of Byelorussia
}

# fmt: off
COUNTRIES = """
ABW | Aruba ; Oranjestad | Aruba ; Oranjestad | arubais | Aruban+   # Kingdom of the Netherlands
AFG | Afghanistan ; République islamique d'Afghanistan ; Émirat islamique d'Afghanistan ; Kaboul | Afghanistan ; Islamic Republic of Afghanistan ; Islamic Emirate of Afghanistan ; Kabul | afghan | Afghan+
AGO | Angola ; République d'Angola ; Luanda | Angola ; Republic of Angola ; Luanda | angolais | Angolan+
AIA | Anguilla | Anguilla | anguillais | Anguillan+   # British overseas territory
ALA | Åland ; îles Åland ; Mariehamn | Åland ; Åland Islands ; Mariehamn | ålandais | Ålander+   # autonomous region of Finland
ALB | Albanie ; République d'Albanie ; Tirana | Albania ; Republic of Albania ; Tirana | albanais | Albanian+
AND | Andorre ; Principauté d'Andorre ; Andorre-la-Vieille | Andorra ; Principality of Andorra ; Andorra la Vella | andorran | Andorran+
ANT | Antarctique ; Antarctide | Antarctica | antarctique | Antarctic   # CAMEO quirk: ANT is Antarctica (ISO ATA)
ARE | Émirats arabes unis ; Émirats ; Abou Dhabi ; Abu Dhabi | United Arab Emirates ; UAE ; Abu Dhabi | émirien, émirati | Emirati+
ARG | Argentine ; République argentine ; Buenos Aires | Argentina ; Argentine Republic ; Buenos Aires | argentin | Argentine+, Argentinian+
ARM | Arménie ; République d'Arménie ; Erevan ; Yerevan | Armenia ; Republic of Armenia ; Yerevan | arménien | Armenian+
ASM | Samoa américaines ; Pago Pago | American Samoa ; Pago Pago | | American Samoan+   # text_to_CAMEO: USAASM
ATG | Antigua-et-Barbuda ; Antigua | Antigua and Barbuda ; Antigua | antiguais | Antiguan+, Barbudan+
AUS | Australie ; Commonwealth d'Australie ; Canberra | Australia ; Commonwealth of Australia ; Canberra | australien | Australian+
AUT | Autriche ; République d'Autriche ; Vienne | Austria ; Republic of Austria ; Vienna | autrichien | Austrian+
AZE | Azerbaïdjan ; République d'Azerbaïdjan ; Bakou | Azerbaijan ; Republic of Azerbaijan ; Baku | azerbaïdjanais, azéri | Azerbaijani+, Azeri+
BDI | Burundi ; République du Burundi ; Gitega ; Bujumbura | Burundi ; Republic of Burundi ; Gitega ; Bujumbura | burundais | Burundian+
BEL | Belgique ; Royaume de Belgique | Belgium ; Kingdom of Belgium | belge | Belgian+   # Brussels left out: in news it usually stands for the EU
BEN | Bénin ; République du Bénin ; Porto-Novo ; Cotonou | Benin ; Republic of Benin ; Porto-Novo ; Cotonou | béninois | Beninese
BES | Bonaire, Saint-Eustache et Saba ; Pays-Bas caribéens ; Bonaire | Bonaire, Sint Eustatius and Saba ; Caribbean Netherlands ; Bonaire | |   # Kingdom of the Netherlands
BFA | Burkina Faso ; Burkina ; Ouagadougou | Burkina Faso ; Ouagadougou | =burkinabè, =burkinabès, =burkinabée, =burkinabées | Burkinabe+
BGD | Bangladesh ; République populaire du Bangladesh ; Dacca ; Dhaka | Bangladesh ; People's Republic of Bangladesh ; Dhaka ; Dacca | bangladais | Bangladeshi+
BGR | Bulgarie ; République de Bulgarie ; Sofia | Bulgaria ; Republic of Bulgaria ; Sofia | bulgare | Bulgarian+
BHR | Bahreïn ; Royaume de Bahreïn ; Manama | Bahrain ; Kingdom of Bahrain ; Manama | bahreïni, bahreïnien | Bahraini+
BHS | Bahamas ; Commonwealth des Bahamas ; Nassau | Bahamas ; Commonwealth of The Bahamas | bahaméen, bahamien | Bahamian+
BIH | Bosnie-Herzégovine ; Bosnie ; Sarajevo | Bosnia and Herzegovina ; Bosnia-Herzegovina ; Bosnia ; Sarajevo | bosnien | Bosnian+
BLM | Saint-Barthélemy ; Gustavia | Saint Barthélemy ; Saint-Barthélemy ; St. Barts ; Gustavia | barthélemois | Barthélemois   # text_to_CAMEO maps it to FRA
BLR | Biélorussie ; Bélarus ; République du Bélarus ; Minsk | Belarus ; Republic of Belarus ; Byelorussia ; Belorussia ; Minsk | biélorusse, bélarusse | Belarusian+, Belarussian+, Byelorussian+   # also stands for BYS
BLZ | Belize ; Belmopan | Belize ; Belmopan | bélizien | Belizean+
BMU | Bermudes | Bermuda | bermudien | Bermudian+   # British overseas territory
BOL | Bolivie ; État plurinational de Bolivie | Bolivia ; Plurinational State of Bolivia ; La Paz | bolivien | Bolivian+   # French 'La Paz' left out: the parser reads 'La' as a determiner, leaving 'Paz' (a surname)
BRA | Brésil ; République fédérative du Brésil ; Brasilia | Brazil ; Federative Republic of Brazil ; Brasília | brésilien | Brazilian+
BRB | Barbade ; Bridgetown | Barbados ; Bridgetown | barbadien | Barbadian+, Bajan+
BRN | Brunei ; Brunei Darussalam ; Bandar Seri Begawan | Brunei ; Brunei Darussalam ; Bandar Seri Begawan | brunéien | Bruneian+
BTN | Bhoutan ; Royaume du Bhoutan ; Thimphou | Bhutan ; Kingdom of Bhutan ; Thimphu | bhoutanais | Bhutanese
BWA | Botswana ; République du Botswana ; Gaborone | Botswana ; Republic of Botswana ; Gaborone | botswanais | Botswanan+, Motswana, Batswana
CAF | Centrafrique ; République centrafricaine ; RCA ; Bangui | Central African Republic ; Bangui | centrafricain | Central African+
CAN | Canada ; Ottawa | Canada ; Ottawa | canadien | Canadian+
CCK | îles Cocos ; îles Keeling | Cocos Islands ; Keeling Islands | | Cocos Islander+   # Australian territory
CHE | Suisse ; Confédération suisse ; Berne | Switzerland ; Swiss Confederation ; Bern ; Berne | suisse, =suissesse, =suissesses | Swiss
CHL | Chili ; République du Chili ; Santiago du Chili | Chile ; Republic of Chile ; Santiago de Chile | chilien | Chilean+   # bare 'Santiago' left out: a first name and several other cities
CHN | Chine ; République populaire de Chine ; RPC ; Pékin ; Beijing | China ; People's Republic of China ; PRC ; Beijing ; Peking | chinois | Chinese
CIV | Côte d'Ivoire ; République de Côte d'Ivoire ; Yamoussoukro ; Abidjan | Ivory Coast ; Côte d'Ivoire ; Republic of Côte d'Ivoire ; Yamoussoukro ; Abidjan | ivoirien | Ivorian+
CMR | Cameroun ; République du Cameroun ; Yaoundé | Cameroon ; Republic of Cameroon ; Yaoundé | camerounais | Cameroonian+
COD | République démocratique du Congo ; RDC ; RD Congo ; Congo-Kinshasa ; Kinshasa ; Zaïre | Democratic Republic of the Congo ; Democratic Republic of Congo ; DRC ; DR Congo ; Congo-Kinshasa ; Congo ; Kinshasa ; Zaire | congolais, zaïrois | Congolese, Zairean+, Zairian+   # also stands for ZAR
COG | Congo ; République du Congo ; Congo-Brazzaville ; Brazzaville | Republic of the Congo ; Republic of Congo ; Congo-Brazzaville ; Brazzaville | |   # "congolais"/"Congolese" go to COD
COK | Îles Cook ; Avarua | Cook Islands ; Avarua | cookien | Cook Islander+   # in free association with New Zealand
COL | Colombie ; République de Colombie ; Bogota | Colombia ; Republic of Colombia ; Bogotá | colombien | Colombian+
COM | Comores ; Union des Comores ; Moroni | Comoros ; Union of the Comoros ; Moroni | comorien | Comorian+, Comoran+
CPV | Cap-Vert ; République du Cap-Vert ; Cabo Verde ; Praia | Cape Verde ; Cabo Verde ; Republic of Cabo Verde ; Praia | cap-verdien | Cape Verdean+, Cabo Verdean+
CRI | Costa Rica ; République du Costa Rica | Costa Rica ; Republic of Costa Rica | costaricien, costa-ricien, costaricain | Costa Rican+
CSK | Tchécoslovaquie ; République socialiste tchécoslovaque ; République fédérative tchèque et slovaque | Czechoslovakia ; Czechoslovak Socialist Republic ; Czech and Slovak Federative Republic | tchécoslovaque | Czechoslovak+, Czechoslovakian+   # historical, 1918-1992
CUB | Cuba ; République de Cuba ; Havane | Cuba ; Republic of Cuba ; Havana | cubain | Cuban+
CUW | Curaçao ; Willemstad | Curaçao ; Willemstad | curacien | Curaçaoan+   # Kingdom of the Netherlands
CXR | île Christmas | Christmas Island | | Christmas Islander+   # Australian territory
CYM | îles Caïmans ; îles Caïman | Cayman Islands ; Caymans | caïmanien | Caymanian+   # British overseas territory
CYP | Chypre ; République de Chypre ; Nicosie | Cyprus ; Republic of Cyprus ; Nicosia | chypriote, cypriote | Cypriot+
CZE | Tchéquie ; République tchèque ; Prague | Czech Republic ; Czechia ; Prague | tchèque | Czech+
DDR | Allemagne de l'Est ; RDA ; République démocratique allemande ; Berlin-Est | East Germany ; German Democratic Republic ; GDR ; East Berlin | est-allemand | East German+   # historical, 1949-1990
DEU | Allemagne ; République fédérale d'Allemagne ; RFA ; Allemagne de l'Ouest ; Berlin | Germany ; Federal Republic of Germany ; FRG ; West Germany ; Berlin | allemand, ouest-allemand | German+, West German+
DJI | Djibouti ; République de Djibouti | Djibouti ; Republic of Djibouti | djiboutien | Djiboutian+
DMA | Commonwealth de la Dominique ; île de la Dominique | Dominica ; Commonwealth of Dominica ; Roseau | dominiquais |   # "Dominique" alone is a first name; English "Dominican" goes to DOM
DNK | Danemark ; Royaume de Danemark ; Copenhague | Denmark ; Kingdom of Denmark ; Copenhagen | danois | Danish, Dane+
DOM | République dominicaine ; Saint-Domingue | Dominican Republic ; Santo Domingo | dominicain | Dominican+
DZA | Algérie ; République algérienne démocratique et populaire ; Alger | Algeria ; People's Democratic Republic of Algeria ; Algiers | algérien | Algerian+
ECU | Équateur ; République de l'Équateur ; Quito | Ecuador ; Republic of Ecuador ; Quito | équatorien | Ecuadorian+, Ecuadorean+
EGY | Égypte ; République arabe d'Égypte ; Caire | Egypt ; Arab Republic of Egypt ; Cairo | égyptien | Egyptian+
ERI | Érythrée ; État d'Érythrée ; Asmara | Eritrea ; State of Eritrea ; Asmara | érythréen | Eritrean+
ESH | Sahara occidental ; République arabe sahraouie démocratique ; RASD | Western Sahara ; Sahrawi Arab Democratic Republic ; SADR | sahraoui | Sahrawi+, Saharawi+
ESP | Espagne ; Royaume d'Espagne ; Madrid | Spain ; Kingdom of Spain ; Madrid | espagnol | Spanish, Spaniard+
EST | Estonie ; République d'Estonie ; Tallinn | Estonia ; Republic of Estonia ; Tallinn | estonien | Estonian+
ETH | Éthiopie ; République fédérale démocratique d'Éthiopie ; Addis-Abeba | Ethiopia ; Federal Democratic Republic of Ethiopia ; Addis Ababa | éthiopien | Ethiopian+
FIN | Finlande ; République de Finlande ; Helsinki | Finland ; Republic of Finland ; Helsinki | finlandais | Finnish, Finn+
FJI | Fidji ; République des Fidji ; Suva | Fiji ; Republic of Fiji ; Suva | fidjien | Fijian+
FLK | îles Malouines ; Malouines ; îles Falkland ; Falkland | Falkland Islands ; Falklands ; Malvinas | | Falkland Islander+   # text_to_CAMEO: GBRFLK
FRA | France ; République française ; Paris | France ; French Republic ; Paris | français | French, Frenchman, Frenchmen, Frenchwoman, Frenchwomen
FRO | îles Féroé ; Féroé ; Tórshavn | Faroe Islands ; Faroes ; Faeroe Islands ; Tórshavn | féroïen | Faroese   # text_to_CAMEO: DNKFRO
FSM | Micronésie ; États fédérés de Micronésie ; Palikir | Micronesia ; Federated States of Micronesia ; Palikir | micronésien | Micronesian+
GAB | Gabon ; République gabonaise ; Libreville | Gabon ; Gabonese Republic ; Libreville | gabonais | Gabonese
GBR | Royaume-Uni ; Grande-Bretagne ; Royaume-Uni de Grande-Bretagne et d'Irlande du Nord ; Angleterre ; Écosse ; Pays de Galles ; Irlande du Nord ; Londres | United Kingdom ; UK ; U.K. ; Britain ; Great Britain ; United Kingdom of Great Britain and Northern Ireland ; England ; Scotland ; Wales ; Northern Ireland ; London | britannique, anglais, écossais, gallois, nord-irlandais | British, Briton+, Brit+, English, Englishman, Englishmen, Scottish, Scot+, Welsh, Northern Irish
GEO | Géorgie ; Tbilissi | Georgia ; Tbilisi | géorgien | Georgian+
GGY | Guernesey ; Saint-Pierre-Port | Guernsey ; St Peter Port | guernesiais |   # Crown dependency
GHA | Ghana ; République du Ghana ; Accra | Ghana ; Republic of Ghana ; Accra | ghanéen | Ghanaian+
GIB | Gibraltar | Gibraltar | gibraltarien | Gibraltarian+   # text_to_CAMEO: GBRGIB
GIN | Guinée ; République de Guinée ; Guinée-Conakry ; Conakry | Guinea ; Republic of Guinea ; Guinea-Conakry ; Conakry | guinéen | Guinean+
GLP | Guadeloupe ; Basse-Terre | Guadeloupe ; Basse-Terre | guadeloupéen | Guadeloupean+   # text_to_CAMEO: FRAGLP
GMB | Gambie ; République de Gambie ; Banjul | Gambia ; Republic of The Gambia ; Banjul | gambien | Gambian+
GNB | Guinée-Bissau ; République de Guinée-Bissau ; Bissau | Guinea-Bissau ; Republic of Guinea-Bissau ; Bissau | bissau-guinéen | Bissau-Guinean+
GNQ | Guinée équatoriale ; République de Guinée équatoriale ; Malabo | Equatorial Guinea ; Republic of Equatorial Guinea ; Malabo | équato-guinéen | Equatorial Guinean+, Equatoguinean+
GRC | Grèce ; République hellénique ; Athènes | Greece ; Hellenic Republic ; Athens | =grec, =grecque, =grecs, =grecques | Greek+
GRD | État de Grenade ; île de la Grenade | Grenada | grenadien | Grenadian+   # "Grenade" alone is a grenade
GRL | Groenland ; Nuuk | Greenland ; Nuuk | groenlandais | Greenlander+, Greenlandic   # text_to_CAMEO: DNKGRL
GTM | Guatemala ; République du Guatemala | Guatemala ; Republic of Guatemala ; Guatemala City | guatémaltèque | Guatemalan+
GUF | Guyane ; Guyane française ; Cayenne | French Guiana ; Cayenne | guyanais | French Guianese   # text_to_CAMEO: FRAGUF
GUM | Guam ; Hagåtña | Guam ; Hagåtña | guamien | Guamanian+   # text_to_CAMEO: USAGUM
GUY | Guyana ; République coopérative du Guyana | Guyana ; Co-operative Republic of Guyana | guyanien | Guyanese   # Georgetown left out: usually the university or the Washington district
HKG | Hong Kong ; Hongkong ; Région administrative spéciale de Hong Kong | Hong Kong ; Hongkong ; Hong Kong Special Administrative Region ; Hong Kong SAR | hongkongais | Hongkonger+, Hong Konger+
HND | Honduras ; République du Honduras ; Tegucigalpa | Honduras ; Republic of Honduras ; Tegucigalpa | hondurien | Honduran+
HRV | Croatie ; République de Croatie ; Zagreb | Croatia ; Republic of Croatia ; Zagreb | croate | Croatian+, Croat+
HTI | Haïti ; République d'Haïti ; Port-au-Prince | Haiti ; Republic of Haiti ; Port-au-Prince | haïtien | Haitian+
HUN | Hongrie ; Budapest | Hungary ; Budapest | hongrois | Hungarian+
IDN | Indonésie ; République d'Indonésie ; Jakarta | Indonesia ; Republic of Indonesia ; Jakarta | indonésien | Indonesian+
IMN | île de Man | Isle of Man | mannois | Manx   # Crown dependency; text_to_CAMEO: GBRIMY
IND | Inde ; République de l'Inde ; New Delhi ; Nouvelle-Delhi | India ; Republic of India ; Bharat ; New Delhi | indien | Indian+
IOT | Territoire britannique de l'océan Indien ; archipel des Chagos ; Chagos ; Diego Garcia | British Indian Ocean Territory ; Chagos Archipelago ; Chagos Islands ; Diego Garcia | chagossien | Chagossian+
IRL | Irlande ; République d'Irlande ; Dublin | Ireland ; Republic of Ireland ; Eire ; Dublin | irlandais | Irish, Irishman, Irishmen, Irishwoman, Irishwomen
IRN | Iran ; République islamique d'Iran ; Téhéran | Iran ; Islamic Republic of Iran ; Tehran | iranien | Iranian+
IRQ | Irak ; Iraq ; République d'Irak ; Bagdad | Iraq ; Republic of Iraq ; Baghdad | irakien, iraquien | Iraqi+
ISL | Islande ; Reykjavik | Iceland ; Reykjavik | islandais | Icelandic, Icelander+
ISR | Israël ; État d'Israël ; Jérusalem ; Tel-Aviv ; Tel Aviv | Israel ; State of Israel ; Jerusalem ; Tel Aviv ; Tel-Aviv | israélien | Israeli+   # Jérusalem and Tel-Aviv both stand for the Israeli government in news
ITA | Italie ; République italienne ; Rome | Italy ; Italian Republic ; Rome | italien | Italian+
JAM | Jamaïque ; Kingston | Jamaica ; Kingston | jamaïcain | Jamaican+
JEY | Jersey ; Saint-Hélier | Jersey ; St Helier | jersiais |   # Crown dependency; text_to_CAMEO maps Jersey to GBR
JOR | Jordanie ; Royaume hachémite de Jordanie ; Amman | Jordan ; Hashemite Kingdom of Jordan ; Amman | jordanien | Jordanian+
JPN | Japon ; Tokyo | Japan ; Tokyo | japonais | Japanese
KAZ | Kazakhstan ; République du Kazakhstan ; Astana ; Nour-Soultan | Kazakhstan ; Republic of Kazakhstan ; Astana ; Nur-Sultan | kazakh, kazakhstanais | Kazakh+, Kazakhstani+
KEN | Kenya ; République du Kenya ; Nairobi | Kenya ; Republic of Kenya ; Nairobi | kényan | Kenyan+
KGZ | Kirghizistan ; Kirghizstan ; République kirghize ; Bichkek | Kyrgyzstan ; Kyrgyz Republic ; Kirghizia ; Bishkek | kirghiz, kirghizstanais | Kyrgyz, Kyrgyzstani+
KHM | Cambodge ; Royaume du Cambodge ; Phnom Penh | Cambodia ; Kingdom of Cambodia ; Phnom Penh | cambodgien | Cambodian+
KIR | Kiribati ; Tarawa | Kiribati ; Tarawa | kiribatien | I-Kiribati
KNA | Saint-Christophe-et-Niévès ; Saint-Kitts-et-Nevis ; Basseterre | Saint Kitts and Nevis ; St Kitts and Nevis ; Basseterre | kittitien, névicien | Kittitian+, Nevisian+
KOR | Corée du Sud ; République de Corée ; Séoul | South Korea ; Republic of Korea ; ROK ; Seoul | sud-coréen | South Korean+
KSV | Kosovo ; République du Kosovo ; Pristina ; Prishtina | Kosovo ; Republic of Kosovo ; Pristina ; Prishtina | kosovar | Kosovar+, Kosovan+   # CAMEO quirk: KSV (no ISO code)
KWT | Koweït ; État du Koweït | Kuwait ; State of Kuwait ; Kuwait City | koweïtien | Kuwaiti+
LAO | Laos ; République démocratique populaire lao ; Vientiane | Laos ; Lao People's Democratic Republic ; Lao PDR ; Vientiane | laotien, =lao | Laotian+, Lao
LBN | Liban ; République libanaise ; Beyrouth | Lebanon ; Lebanese Republic ; Beirut | libanais | Lebanese
LBR | Liberia ; République du Liberia ; Monrovia | Liberia ; Republic of Liberia ; Monrovia | libérien | Liberian+
LBY | Libye ; État de Libye ; Tripoli | Libya ; State of Libya ; Tripoli | libyen | Libyan+
LCA | Sainte-Lucie ; Castries | Saint Lucia ; St Lucia ; Castries | saint-lucien | Saint Lucian+, St Lucian+
LIE | Liechtenstein ; Principauté de Liechtenstein ; Vaduz | Liechtenstein ; Principality of Liechtenstein ; Vaduz | liechtensteinois | Liechtensteiner+
LKA | Sri Lanka ; République démocratique socialiste du Sri Lanka ; Ceylan ; Colombo | Sri Lanka ; Democratic Socialist Republic of Sri Lanka ; Ceylon ; Colombo | sri-lankais, srilankais | Sri Lankan+
LSO | Lesotho ; Royaume du Lesotho ; Maseru | Lesotho ; Kingdom of Lesotho ; Maseru | lésothien | Basotho, Mosotho
LTU | Lituanie ; République de Lituanie ; Vilnius | Lithuania ; Republic of Lithuania ; Vilnius | lituanien | Lithuanian+
LUX | Luxembourg ; Grand-Duché de Luxembourg | Luxembourg ; Grand Duchy of Luxembourg | luxembourgeois | Luxembourgish, Luxembourger+
LVA | Lettonie ; République de Lettonie ; Riga | Latvia ; Republic of Latvia ; Riga | letton, =lettone, =lettones | Latvian+
MAC | Macao ; Macau ; Région administrative spéciale de Macao | Macau ; Macao ; Macao Special Administrative Region | macanais | Macanese
MAF | Saint-Martin ; Marigot | Saint Martin ; Collectivity of Saint Martin ; Marigot | saint-martinois |   # French part of the island
MAR | Maroc ; Royaume du Maroc ; Rabat | Morocco ; Kingdom of Morocco ; Rabat | marocain | Moroccan+
MCO | Monaco ; Principauté de Monaco | Monaco ; Principality of Monaco | monégasque | Monegasque+, Monacan+
MDA | Moldavie ; Moldova ; République de Moldavie ; Chisinau ; Kichinev | Moldova ; Republic of Moldova ; Moldavia ; Chisinau | moldave | Moldovan+, Moldavian+
MDG | Madagascar ; République de Madagascar ; Antananarivo ; Tananarive | Madagascar ; Republic of Madagascar ; Antananarivo | malgache | Malagasy, Madagascan+
MDV | Maldives ; République des Maldives | Maldives ; Republic of Maldives | maldivien | Maldivian+
MEX | Mexique ; États-Unis mexicains ; Mexico | Mexico ; United Mexican States ; Mexico City | mexicain | Mexican+
MHL | îles Marshall ; République des îles Marshall ; Majuro | Marshall Islands ; Republic of the Marshall Islands ; Majuro | marshallais | Marshallese
MKD | Macédoine du Nord ; Macédoine ; République de Macédoine du Nord ; ARYM ; Skopje | North Macedonia ; Macedonia ; Republic of North Macedonia ; FYROM ; Former Yugoslav Republic of Macedonia ; Skopje | macédonien, nord-macédonien | Macedonian+, North Macedonian+
MLI | Mali ; République du Mali ; Bamako | Mali ; Republic of Mali ; Bamako | malien | Malian+
MLT | Malte ; République de Malte ; Valette | Malta ; Republic of Malta ; Valletta | maltais | Maltese
MMR | Birmanie ; Myanmar ; République de l'Union du Myanmar ; Naypyidaw ; Naypyitaw | Myanmar ; Burma ; Republic of the Union of Myanmar ; Naypyidaw ; Naypyitaw ; Nay Pyi Taw | birman | Burmese
MNE | Monténégro ; Podgorica | Montenegro ; Podgorica | monténégrin | Montenegrin+
MNG | Mongolie ; Oulan-Bator ; Oulan Bator | Mongolia ; Ulaanbaatar ; Ulan Bator | mongol | Mongolian+
MNP | îles Mariannes du Nord ; Saipan | Northern Mariana Islands ; Northern Marianas ; Saipan | |   # US commonwealth
MOZ | Mozambique ; République du Mozambique ; Maputo | Mozambique ; Republic of Mozambique ; Maputo | mozambicain | Mozambican+
MRT | Mauritanie ; République islamique de Mauritanie ; Nouakchott | Mauritania ; Islamic Republic of Mauritania ; Nouakchott | mauritanien | Mauritanian+
MSR | Montserrat | Montserrat | montserratien | Montserratian+   # text_to_CAMEO: GBRMSR
MTQ | Martinique ; Fort-de-France | Martinique ; Fort-de-France | martiniquais | Martinican+, Martiniquais   # French overseas department
MUS | île Maurice ; République de Maurice ; Port-Louis | Mauritius ; Republic of Mauritius ; Port Louis | mauricien | Mauritian+   # "Maurice" alone is a first name
MWI | Malawi ; République du Malawi ; Lilongwe | Malawi ; Republic of Malawi ; Lilongwe | malawite, malawien | Malawian+
MYS | Malaisie ; Kuala Lumpur ; Putrajaya | Malaysia ; Kuala Lumpur ; Putrajaya | malaisien | Malaysian+
MYT | Mayotte ; Mamoudzou | Mayotte ; Mamoudzou | mahorais | Mahoran+   # text_to_CAMEO maps it to FRA
NAM | Namibie ; République de Namibie ; Windhoek | Namibia ; Republic of Namibia ; Windhoek | namibien | Namibian+
NCL | Nouvelle-Calédonie ; Nouméa | New Caledonia ; Nouméa | néo-calédonien, calédonien | New Caledonian+   # text_to_CAMEO: FRANCL
NER | Niger ; République du Niger ; Niamey | Niger ; Republic of the Niger ; Niamey | nigérien | Nigerien+
NFK | île Norfolk | Norfolk Island | norfolkais | Norfolk Islander+   # text_to_CAMEO: AUSNFK
NGA | Nigeria ; République fédérale du Nigeria ; Abuja | Nigeria ; Federal Republic of Nigeria ; Abuja | nigérian | Nigerian+
NIC | Nicaragua ; République du Nicaragua ; Managua | Nicaragua ; Republic of Nicaragua ; Managua | nicaraguayen | Nicaraguan+
NIU | Niue ; Alofi | Niue ; Alofi | niuéen | Niuean+   # text_to_CAMEO: NZLNIU
NLD | Pays-Bas ; Royaume des Pays-Bas ; Amsterdam | Netherlands ; Kingdom of the Netherlands ; Holland ; Amsterdam | néerlandais, hollandais | Dutch, Dutchman, Dutchmen, Netherlander+   # The Hague left out (the international courts); French 'Hollande' left out (François Hollande)
NOR | Norvège ; Royaume de Norvège ; Oslo | Norway ; Kingdom of Norway ; Oslo | norvégien | Norwegian+
NPL | Népal ; République fédérale démocratique du Népal ; Katmandou | Nepal ; Federal Democratic Republic of Nepal ; Kathmandu | népalais | Nepalese, Nepali+
NRU | Nauru ; République de Nauru ; Yaren | Nauru ; Republic of Nauru ; Yaren | nauruan | Nauruan+
NZL | Nouvelle-Zélande ; Wellington | New Zealand ; Wellington | néo-zélandais | New Zealander+
OMN | Oman ; Sultanat d'Oman ; Mascate | Oman ; Sultanate of Oman ; Muscat | omanais | Omani+
PAK | Pakistan ; République islamique du Pakistan ; Islamabad | Pakistan ; Islamic Republic of Pakistan ; Islamabad | pakistanais | Pakistani+
PAN | Panama ; République du Panama | Panama ; Republic of Panama ; Panama City | panaméen | Panamanian+
PCN | îles Pitcairn ; Pitcairn ; Adamstown | Pitcairn Islands ; Pitcairn ; Adamstown | pitcairnais | Pitcairner+, Pitcairn Islander+   # text_to_CAMEO: GBRPCN
PER | Pérou ; République du Pérou ; Lima | Peru ; Republic of Peru ; Lima | péruvien | Peruvian+
PHL | Philippines ; République des Philippines ; Manille | Philippines ; Republic of the Philippines ; Manila | philippin | Filipino+, Filipina+, Philippine
PLW | Palaos ; Palau ; République des Palaos ; Ngerulmud | Palau ; Republic of Palau ; Ngerulmud | paluan, palaosien | Palauan+
PNG | Papouasie-Nouvelle-Guinée ; Port Moresby | Papua New Guinea ; Independent State of Papua New Guinea ; Port Moresby | papouan-néo-guinéen | Papua New Guinean+
POL | Pologne ; République de Pologne ; Varsovie | Poland ; Republic of Poland ; Warsaw | polonais | Polish, Pole+
PRI | Porto Rico ; Puerto Rico | Puerto Rico | portoricain | Puerto Rican+   # text_to_CAMEO: USAPRI
PRK | Corée du Nord ; République populaire démocratique de Corée ; RPDC ; Pyongyang | North Korea ; Democratic People's Republic of Korea ; DPRK ; Pyongyang | nord-coréen | North Korean+
PRT | Portugal ; République portugaise ; Lisbonne | Portugal ; Portuguese Republic ; Lisbon | portugais | Portuguese
PRY | Paraguay ; République du Paraguay ; Asuncion | Paraguay ; Republic of Paraguay ; Asuncion | paraguayen | Paraguayan+
PSE | Palestine ; État de Palestine ; territoires palestiniens ; Cisjordanie ; bande de Gaza ; Gaza ; Ramallah | Palestine ; State of Palestine ; Palestinian Territories ; Occupied Palestinian Territory ; West Bank ; Gaza Strip ; Gaza ; Ramallah | palestinien | Palestinian+   # text_to_CAMEO codes Gaza PSEGZA
PYF | Polynésie française ; Tahiti ; Papeete | French Polynesia ; Tahiti ; Papeete | polynésien, tahitien | French Polynesian+, Tahitian+   # text_to_CAMEO: FRAPYF
QAT | Qatar ; État du Qatar ; Doha | Qatar ; State of Qatar ; Doha | qatari, qatarien | Qatari+
REU | île de la Réunion | Reunion Island | réunionnais | Reunionese, Reunionnais   # "Réunion" alone is a meeting
ROU | Roumanie ; Bucarest | Romania ; Bucharest | roumain | Romanian+, Rumanian+   # CAMEO uses ISO ROU (older TABARI files: ROM)
RUS | Russie ; Fédération de Russie ; Moscou | Russia ; Russian Federation ; Moscow | russe | Russian+
RWA | Rwanda ; République du Rwanda ; Kigali | Rwanda ; Republic of Rwanda ; Kigali | rwandais | Rwandan+, Rwandese
SAU | Arabie saoudite ; Royaume d'Arabie saoudite ; Riyad | Saudi Arabia ; Kingdom of Saudi Arabia ; KSA ; Riyadh | saoudien | Saudi+, Saudi Arabian+
SCG | Serbie-et-Monténégro ; Union de Serbie-et-Monténégro | Serbia and Montenegro ; State Union of Serbia and Montenegro | serbo-monténégrin |   # historical, 2003-2006 (text_to_CAMEO: SRB)
SDN | Soudan ; République du Soudan ; Khartoum ; Port-Soudan | Sudan ; Republic of the Sudan ; Khartoum ; Port Sudan | soudanais | Sudanese   # Port Sudan: seat of the army-led government since 2023
SEN | Sénégal ; République du Sénégal ; Dakar | Senegal ; Republic of Senegal ; Dakar | sénégalais | Senegalese
SGP | Singapour ; République de Singapour | Singapore ; Republic of Singapore | singapourien | Singaporean+
SHN | Sainte-Hélène ; Sainte-Hélène, Ascension et Tristan da Cunha | Saint Helena ; St Helena ; Saint Helena, Ascension and Tristan da Cunha | | Saint Helenian+   # text_to_CAMEO: GBRSHN
SJM | Svalbard et Jan Mayen ; Svalbard ; Spitzberg | Svalbard and Jan Mayen ; Svalbard ; Spitsbergen | |   # Norwegian territory
SLB | îles Salomon ; Honiara | Solomon Islands ; Honiara | salomonais | Solomon Islander+
SLE | Sierra Leone ; République de Sierra Leone ; Freetown | Sierra Leone ; Republic of Sierra Leone ; Freetown | sierra-léonais, sierraléonais | Sierra Leonean+
SLV | Salvador ; El Salvador ; République du Salvador ; San Salvador | El Salvador ; Republic of El Salvador ; San Salvador | salvadorien | Salvadoran+, Salvadorean+
SMR | Saint-Marin ; République de Saint-Marin | San Marino ; Republic of San Marino | saint-marinais | Sammarinese
SOM | Somalie ; République fédérale de Somalie ; Mogadiscio | Somalia ; Federal Republic of Somalia ; Mogadishu | somalien | Somali+
SPM | Saint-Pierre-et-Miquelon | Saint Pierre and Miquelon | saint-pierrais |   # French overseas collectivity
SRB | Serbie ; République de Serbie ; Belgrade | Serbia ; Republic of Serbia ; Belgrade | serbe | Serbian+, Serb+
SSD | Soudan du Sud ; République du Soudan du Sud ; Juba | South Sudan ; Republic of South Sudan ; Juba | sud-soudanais | South Sudanese
STP | Sao Tomé-et-Principe ; Sao Tomé | Sao Tome and Principe ; Sao Tome | santoméen | Sao Tomean+
SUN | Union soviétique ; URSS ; Union des républiques socialistes soviétiques | Soviet Union ; USSR ; Union of Soviet Socialist Republics | soviétique | Soviet+   # historical, 1922-1991
SUR | Suriname ; Surinam ; République du Suriname ; Paramaribo | Suriname ; Republic of Suriname ; Paramaribo | surinamais | Surinamese
SVK | Slovaquie ; République slovaque ; Bratislava | Slovakia ; Slovak Republic ; Bratislava | slovaque | Slovak+, Slovakian+
SVN | Slovénie ; République de Slovénie ; Ljubljana | Slovenia ; Republic of Slovenia ; Ljubljana | slovène | Slovenian+, Slovene+
SWE | Suède ; Royaume de Suède ; Stockholm | Sweden ; Kingdom of Sweden ; Stockholm | suédois | Swedish, Swede+
SWZ | Eswatini ; Swaziland ; Royaume d'Eswatini ; Mbabane | Eswatini ; Swaziland ; Kingdom of Eswatini ; Mbabane | swazi, eswatinien | Swazi+, Emaswati
SXM | Sint Maarten ; Philipsburg | Sint Maarten ; Philipsburg | |   # Dutch part of Saint Martin
SYC | Seychelles ; République des Seychelles | Seychelles ; Republic of Seychelles | seychellois | Seychellois
SYR | Syrie ; République arabe syrienne ; Damas | Syria ; Syrian Arab Republic ; Damascus | syrien | Syrian+
TCA | îles Turques-et-Caïques ; îles Turques et Caïques | Turks and Caicos Islands ; Turks and Caicos | |   # British overseas territory
TCD | Tchad ; République du Tchad ; N'Djamena | Chad ; Republic of Chad ; N'Djamena | tchadien | Chadian+
TGO | Togo ; République togolaise ; Lomé | Togo ; Togolese Republic ; Lomé | togolais | Togolese
THA | Thaïlande ; Royaume de Thaïlande ; Bangkok | Thailand ; Kingdom of Thailand ; Bangkok | thaïlandais | Thai+
TJK | Tadjikistan ; République du Tadjikistan ; Douchanbé | Tajikistan ; Republic of Tajikistan ; Dushanbe | tadjik | Tajik+, Tajikistani+
TKL | Tokelau | Tokelau | tokelauan | Tokelauan+   # text_to_CAMEO: NZLTKL
TKM | Turkménistan ; Achgabat ; Achkhabad | Turkmenistan ; Ashgabat | turkmène | Turkmen, Turkmens, Turkmenistani+
TMP | Timor oriental ; Timor-Leste ; République démocratique du Timor oriental ; Dili | East Timor ; Timor-Leste ; Democratic Republic of Timor-Leste ; Dili | est-timorais, timorais | East Timorese, Timorese   # CAMEO code for Timor-Leste; also stands for TLS
TON | Tonga ; Royaume des Tonga ; Nuku'alofa | Tonga ; Kingdom of Tonga ; Nuku'alofa | tongien | Tongan+
TTO | Trinité-et-Tobago ; Port-d'Espagne | Trinidad and Tobago ; Trinidad ; Port of Spain | trinidadien | Trinidadian+, Tobagonian+
TUN | Tunisie ; République tunisienne ; Tunis | Tunisia ; Tunisian Republic ; Tunis | tunisien | Tunisian+
TUR | Turquie ; Türkiye ; République de Turquie ; Ankara | Turkey ; Türkiye ; Republic of Türkiye ; Ankara | =turc, =turque, =turcs, =turques | Turkish, Turk+
TUV | Tuvalu ; Funafuti | Tuvalu ; Funafuti | tuvaluan | Tuvaluan+
TWN | Taïwan ; République de Chine ; Taipei | Taiwan ; Republic of China ; ROC ; Taipei | taïwanais | Taiwanese
TZA | Tanzanie ; République unie de Tanzanie ; Dodoma | Tanzania ; United Republic of Tanzania ; Dodoma | tanzanien | Tanzanian+
UGA | Ouganda ; République de l'Ouganda ; Kampala | Uganda ; Republic of Uganda ; Kampala | ougandais | Ugandan+
UKR | Ukraine ; Kiev ; Kyiv | Ukraine ; Kyiv ; Kiev | ukrainien | Ukrainian+
URY | Uruguay ; République orientale de l'Uruguay ; Montevideo | Uruguay ; Oriental Republic of Uruguay ; Montevideo | uruguayen | Uruguayan+
USA | États-Unis ; États-Unis d'Amérique ; USA ; Washington | United States ; United States of America ; U.S. ; U.S.A. ; USA ; US ; Washington | américain, états-unien, étasunien | American+
UZB | Ouzbékistan ; République d'Ouzbékistan ; Tachkent | Uzbekistan ; Republic of Uzbekistan ; Tashkent | =ouzbek, =ouzbèke, =ouzbeks, =ouzbèkes, ouzbékistanais | Uzbek+, Uzbekistani+
VAT | Vatican ; Saint-Siège ; Cité du Vatican ; État de la Cité du Vatican | Vatican ; Holy See ; Vatican City ; Vatican City State | vatican |
VCT | Saint-Vincent-et-les-Grenadines ; Kingstown | Saint Vincent and the Grenadines ; St Vincent and the Grenadines ; Kingstown | saint-vincentais | Vincentian+
VEN | Venezuela ; République bolivarienne du Venezuela ; Caracas | Venezuela ; Bolivarian Republic of Venezuela ; Caracas | vénézuélien | Venezuelan+
VGB | îles Vierges britanniques ; Road Town | British Virgin Islands ; BVI ; Road Town | |   # text_to_CAMEO: GBRVGB
VIR | îles Vierges des États-Unis ; îles Vierges américaines ; Charlotte Amalie | United States Virgin Islands ; U.S. Virgin Islands ; US Virgin Islands ; USVI ; Charlotte Amalie | |   # text_to_CAMEO: USAVIR
VNM | Viêt Nam ; Vietnam ; République socialiste du Viêt Nam ; Hanoï | Vietnam ; Viet Nam ; Socialist Republic of Vietnam ; Hanoi | vietnamien | Vietnamese
VUT | Vanuatu ; République de Vanuatu ; Port-Vila | Vanuatu ; Republic of Vanuatu ; Port Vila | vanuatais | Ni-Vanuatu
WLF | Wallis-et-Futuna ; Mata-Utu | Wallis and Futuna ; Mata-Utu | wallisien, futunien | Wallisian+, Futunan+   # text_to_CAMEO: FRNWLF (sic)
WSM | Samoa ; État indépendant du Samoa ; Apia | Samoa ; Independent State of Samoa ; Apia | samoan | Samoan+
YEM | Yémen ; République du Yémen | Yemen ; Republic of Yemen | yéménite | Yemeni+   # no capital: Sanaa is held by the Houthis, and Aden also names the Gulf of Aden
YMD | Yémen du Sud ; République démocratique populaire du Yémen | South Yemen ; People's Democratic Republic of Yemen | sud-yéménite | South Yemeni+   # historical, 1967-1990
YUG | Yougoslavie ; République fédérative socialiste de Yougoslavie ; République fédérale de Yougoslavie | Yugoslavia ; Socialist Federal Republic of Yugoslavia ; Federal Republic of Yugoslavia | yougoslave | Yugoslav+, Yugoslavian+   # historical
ZAF | Afrique du Sud ; République d'Afrique du Sud ; Pretoria | South Africa ; Republic of South Africa ; Pretoria | sud-africain | South African+
ZMB | Zambie ; République de Zambie ; Lusaka | Zambia ; Republic of Zambia ; Lusaka | zambien | Zambian+
ZWE | Zimbabwe ; République du Zimbabwe ; Harare | Zimbabwe ; Republic of Zimbabwe ; Harare | zimbabwéen | Zimbabwean+
"""
# fmt: on

#: CAMEO's region codes (the manual's actor table, "international_region"), written as COUNTRIES.
#: A region fills the country slot of a code ("European leaders" -> EURGOV) and composes with
#: agents as a country does; it is typed ``region`` so that nothing takes it for a state.
#: Left out on purpose: English "Caucasian" (a word for race), "Gulf" alone (the Gulf of Aden, of
#: Mexico), "Central African" (the Central African Republic's demonym) and the East Indies'
#: demonyms; the bare continents' French names stay ("Afrique", "Asie": "Afrique du Sud" is the
#: longer name, so South Africa keeps it).
# fmt: off
REGIONS = """
AFR | Afrique | Africa | africain | African+
ASA | Asie | Asia | asiatique | Asian+
BLK | Balkans | Balkans | =balkanique, =balkaniques | Balkan
CRB | Caraïbes ; Antilles | Caribbean | caribéen | Caribbeans
CAU | Caucase | Caucasus | caucasien |
CFR | Afrique centrale | Central Africa | |
CAS | Asie centrale | Central Asia | centrasiatique | Central Asian+
CEU | Europe centrale | Central Europe | | Central European+
EIN | Indes orientales | East Indies | |
EAF | Afrique de l'Est ; Afrique orientale | East Africa ; Eastern Africa | est-africain | East African+
EEU | Europe de l'Est ; Europe orientale | Eastern Europe | | Eastern European+
EUR | Europe | Europe | européen | European+
LAM | Amérique latine | Latin America | latino-américain | Latin American+
MEA | Moyen-Orient ; Proche-Orient | Middle East ; Mideast | moyen-oriental, proche-oriental | Middle Eastern
MDT | Méditerranée | Mediterranean | méditerranéen |
NAF | Afrique du Nord ; Maghreb | North Africa ; Maghreb | nord-africain, maghrébin | North African+
NMR | Amérique du Nord | North America | nord-américain | North American+
PGS | golfe Persique ; pays du Golfe ; États du Golfe ; monarchies du Golfe | Persian Gulf ; Arabian Gulf ; Gulf states ; Gulf countries ; Gulf monarchies | |
SCN | Scandinavie | Scandinavia | scandinave | Scandinavian+
SAM | Amérique du Sud | South America | sud-américain | South American+
SAS | Asie du Sud | South Asia | sud-asiatique | South Asian+
SEA | Asie du Sud-Est | Southeast Asia ; South-East Asia | | Southeast Asian+, South-East Asian+
SAF | Afrique australe | Southern Africa | |
WAF | Afrique de l'Ouest ; Afrique occidentale | West Africa ; Western Africa | ouest-africain | West African+
"""
# fmt: on


@dataclass(frozen=True)
class Institution:
    """A named institution that stands for part of a state (metonymy: "le Kremlin a démenti")."""

    id: str
    fr: tuple[str, ...]
    en: tuple[str, ...]
    role: str
    comment: str = ""


#: Government buildings and institutions used for the state organ in news; names without article.
INSTITUTIONS: list[Institution] = [
    Institution("kremlin", ("Kremlin",), ("Kremlin",), "RUSGOV"),
    Institution("maison-blanche", ("Maison Blanche", "Maison-Blanche"), ("White House",), "USAGOV"),
    Institution("elysee", ("Élysée", "palais de l'Élysée"), ("Élysée", "Élysée Palace"), "FRAGOV"),
    Institution("matignon", ("Matignon", "hôtel de Matignon"), ("Matignon",), "FRAGOV"),
    Institution("quai-d-orsay", ("Quai d'Orsay",), ("Quai d'Orsay",), "FRAGOV",
                "the French foreign ministry"),
    Institution("downing-street", ("Downing Street",), ("Downing Street",), "GBRGOV"),
    Institution("foreign-office", ("Foreign Office",), ("Foreign Office",), "GBRGOV"),
    Institution("pentagone", ("Pentagone",), ("Pentagon",), "USAMIL"),
    Institution("douma", ("Douma", "Douma d'État"), ("Duma", "State Duma"), "RUSLEG",
                "also a town near Damascus; the Russian parliament is the usual referent"),
    Institution("knesset", ("Knesset",), ("Knesset",), "ISRLEG"),
    Institution("bundestag", ("Bundestag",), ("Bundestag",), "DEULEG"),
    Institution("tsahal", ("Tsahal",), ("IDF", "Israel Defense Forces"), "ISRMIL"),
    Institution("autorite-palestinienne", ("Autorité palestinienne",),
                ("Palestinian Authority",), "PSEGOV"),
    Institution("state-department", ("département d'État",), ("State Department", "Department of State"),
                "USAGOV", "the US foreign ministry"),
    Institution("usaid", ("USAID",), ("USAID",), "USAGOV", "the US aid agency"),
    Institution("dhs", ("département de la Sécurité intérieure",),
                ("Department of Homeland Security", "Homeland Security", "DHS"), "USAGOV"),
    Institution("fbi", ("FBI",), ("FBI", "Federal Bureau of Investigation"), "USACOP", "Phoenix code"),
    Institution("cia", ("CIA",), ("CIA", "Central Intelligence Agency"), "USASPY"),
    Institution("ice", ("ICE",), ("ICE", "Immigration and Customs Enforcement"), "USACOP",
                "an acronym: matches the upper-case token only, not 'ice'"),
    Institution("peshmerga", ("peshmergas", "peshmerga"), ("Peshmerga",), "IRQMIL",
                "the Kurdish region's forces; Phoenix code"),
]


@dataclass(frozen=True)
class Organization:
    """An international organisation or non-state armed group."""

    id: str
    code: str | None
    fr: tuple[str, ...]
    en: tuple[str, ...]
    roles: tuple[tuple[str, str | None, str | None], ...] = ()  # (code, from, to)
    comment: str = ""


# Codes: the CAMEO manual's actor table where it has one (IGOUNO, IGOEEC, IGONAT, IGOWAS...),
# else the Phoenix dictionaries' code, else IGO/IMG + a three-letter abbreviation (said so).
ORGANIZATIONS: list[Organization] = [
    Organization("un", "IGOUNO", ("ONU", "Nations unies", "Organisation des Nations unies"),
                 ("UN", "U.N.", "United Nations")),
    Organization("un-security-council", "IGOUNO",
                 ("Conseil de sécurité", "Conseil de sécurité de l'ONU",
                  "Conseil de sécurité des Nations unies"),
                 ("Security Council", "UN Security Council", "United Nations Security Council",
                  "UNSC")),
    Organization("eu", "IGOEEC", ("UE", "Union européenne"), ("EU", "E.U.", "European Union")),
    Organization("european-commission", "IGOEEC", ("Commission européenne",),
                 ("European Commission",), comment="coded as the EU, as in Phoenix"),
    Organization("european-parliament", "IGOEEC", ("Parlement européen",),
                 ("European Parliament",), comment="coded as the EU, as in Phoenix"),
    Organization("nato", "IGONAT",
                 ("OTAN", "Alliance atlantique", "Organisation du traité de l'Atlantique nord"),
                 ("NATO", "North Atlantic Treaty Organization", "Atlantic Alliance")),
    Organization("african-union", "IGOAFRAFU", ("Union africaine", "UA"), ("African Union", "AU"),
                 comment="not in the CAMEO manual (which predates it); Phoenix code"),
    Organization("oau", "IGOOAU", ("Organisation de l'unité africaine", "OUA"),
                 ("Organization of African Unity", "OAU"), comment="historical, 1963-2002"),
    Organization("ecowas", "IGOWAS",
                 ("CEDEAO", "Communauté économique des États de l'Afrique de l'Ouest"),
                 ("ECOWAS", "Economic Community of West African States")),
    Organization("icc", "IGOICC", ("CPI", "Cour pénale internationale"),
                 ("ICC", "International Criminal Court")),
    Organization("icj", "IGOUNOICJ", ("CIJ", "Cour internationale de justice"),
                 ("ICJ", "International Court of Justice", "World Court")),
    Organization("imf", "IGOIMF", ("FMI", "Fonds monétaire international"),
                 ("IMF", "International Monetary Fund")),
    Organization("world-bank", "IGOUNOWBK", ("Banque mondiale",), ("World Bank",)),
    Organization("who", "IGOUNOWHO", ("OMS", "Organisation mondiale de la santé"),
                 ("World Health Organization", "World Health Organisation", "WHO"),
                 comment="'WHO' is an acronym: it matches the upper-case token only, never the pronoun"),
    Organization("wto", "IGOWTO", ("OMC", "Organisation mondiale du commerce"),
                 ("WTO", "World Trade Organization")),
    Organization("iaea", "IGOUNOIAE", ("AIEA", "Agence internationale de l'énergie atomique"),
                 ("IAEA", "International Atomic Energy Agency")),
    Organization("unhcr", "IGOUNOHCR",
                 ("HCR", "Haut-Commissariat des Nations unies pour les réfugiés"),
                 ("UNHCR", "UN Refugee Agency", "United Nations High Commissioner for Refugees")),
    Organization("unicef", "IGOUNOKID", ("Unicef", "Fonds des Nations unies pour l'enfance"),
                 ("UNICEF", "United Nations Children's Fund")),
    Organization("wfp", "IGOUNOWFP", ("PAM", "Programme alimentaire mondial"),
                 ("WFP", "World Food Programme", "World Food Program")),
    Organization("asean", "IGOASN",
                 ("ASEAN", "Anase", "Association des nations de l'Asie du Sud-Est"),
                 ("ASEAN", "Association of Southeast Asian Nations")),
    Organization("arab-league", "IGOARL", ("Ligue arabe", "Ligue des États arabes"),
                 ("Arab League", "League of Arab States")),
    Organization("gcc", "IGOGCC", ("Conseil de coopération du Golfe", "CCG"),
                 ("Gulf Cooperation Council", "GCC")),
    Organization("opec", "IGOOPC", ("OPEP", "Organisation des pays exportateurs de pétrole"),
                 ("OPEC", "Organization of the Petroleum Exporting Countries")),
    Organization("osce", "IGOSCE",
                 ("OSCE", "Organisation pour la sécurité et la coopération en Europe"),
                 ("OSCE", "Organization for Security and Co-operation in Europe")),
    Organization("council-of-europe", "IGOCOE", ("Conseil de l'Europe",), ("Council of Europe",)),
    Organization("oas", "IGOOAS", ("Organisation des États américains", "OEA"),
                 ("Organization of American States", "OAS")),
    Organization("oic", "IGOOIC", ("Organisation de la coopération islamique", "OCI"),
                 ("Organisation of Islamic Cooperation", "Organization of Islamic Cooperation",
                  "OIC")),
    Organization("cis", "IGOCIS", ("Communauté des États indépendants", "CEI"),
                 ("Commonwealth of Independent States", "CIS")),
    Organization("sco", "IGOSCO", ("Organisation de coopération de Shanghai", "OCS"),
                 ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"),
                 comment="not in the CAMEO manual; Phoenix codes it only IGOCAS (Central Asia)"),
    Organization("brics", "IGOBRC", ("BRICS",), ("BRICS",),
                 comment="not in the CAMEO manual or Phoenix; IGO + abbreviation"),
    Organization("g7", "IGOGOS", ("G7", "Groupe des sept"), ("G7", "Group of Seven")),
    Organization("interpol", "IGOITP", ("Interpol",), ("Interpol",)),
    # UN programmes, agencies and missions: Phoenix codes where it has one, else the UN's
    Organization("undp", "IGOUNODEV", ("PNUD", "Programme des Nations unies pour le développement"),
                 ("UNDP", "United Nations Development Programme", "UN Development Programme"), comment="Phoenix code"),
    Organization("unesco", "IGOUNODEV", ("Unesco",), ("UNESCO",), comment="Phoenix code"),
    Organization("dpko", "IGOUNO", ("DOMP", "Département des opérations de maintien de la paix"),
                 ("DPKO", "Department of Peacekeeping Operations", "UN Department of Peacekeeping Operations"),
                 comment="Phoenix code"),
    Organization("unrwa", "IGOUNO", ("UNRWA",),
                 ("UNRWA", "United Nations Relief and Works Agency", "UN Relief and Works Agency"),
                 comment="not in Phoenix: coded as the UN"),
    Organization("ocha", "IGOUNO", ("OCHA", "Bureau de la coordination des affaires humanitaires"),
                 ("OCHA", "Office for the Coordination of Humanitarian Affairs"), comment="not in Phoenix: coded as the UN"),
    Organization("un-peacekeeping-missions", "IGOUNO",
                 ("FINUL", "Monusco", "Minusma", "Minusca", "Minuss", "FNUOD"),
                 ("UNIFIL", "MONUSCO", "MINUSMA", "MINUSCA", "UNMISS", "UNDOF", "UNAMA", "UNAMID"),
                 comment="UN missions (Lebanon, DR Congo, Mali, Central Africa, South Sudan, Golan, Afghanistan, Darfur): not in Phoenix, coded as the UN"),
    Organization("igad", "IGODEVIAD", ("IGAD", "Autorité intergouvernementale pour le développement"),
                 ("IGAD", "Intergovernmental Authority on Development"), comment="Phoenix code"),
    Organization("sadc", "IGOSAFSAD", ("SADC", "Communauté de développement d'Afrique australe"),
                 ("SADC", "Southern African Development Community"), comment="Phoenix code"),
    Organization("red-cross", "NGOIRC",
                 ("Croix-Rouge", "CICR", "Comité international de la Croix-Rouge"),
                 ("Red Cross", "ICRC", "International Committee of the Red Cross")),
    Organization("msf", "NGOMSF", ("Médecins sans frontières", "MSF"),
                 ("Doctors Without Borders", "Médecins Sans Frontières", "MSF")),
    Organization("amnesty", "NGOAMN", ("Amnesty International",), ("Amnesty International",)),
    Organization("hrw", "NGOHRW", ("Human Rights Watch", "HRW"), ("Human Rights Watch", "HRW")),
    Organization("oxfam", "NGOXFM", ("Oxfam", "Oxfam International"), ("Oxfam", "Oxfam International"),
                 comment="Phoenix code"),
    Organization("save-the-children", "NGODEV", ("Save the Children",), ("Save the Children",),
                 comment="Phoenix code"),
    Organization("action-against-hunger", "NGOHLH", ("Action contre la faim",),
                 ("Action Against Hunger", "Action contre la Faim"), comment="Phoenix code"),
    Organization("rsf", "NGOHRIMED", ("Reporters sans frontières", "RSF"),
                 ("Reporters Without Borders", "Reporters Sans Frontières"),
                 comment="Phoenix code; English 'RSF' is Sudan's Rapid Support Forces"),
    Organization("transparency-international", "NGODEV", ("Transparency International",),
                 ("Transparency International",), comment="Phoenix code"),
    Organization("greenpeace", "NGMENVGRP", ("Greenpeace",), ("Greenpeace",),
                 comment="the CAMEO manual's own example of an NGM code"),
    Organization("opcw", "IGO", ("OIAC", "Organisation pour l'interdiction des armes chimiques"),
                 ("OPCW", "Organisation for the Prohibition of Chemical Weapons",
                  "Organization for the Prohibition of Chemical Weapons"), comment="Phoenix code"),
    Organization("commonwealth", "IGOCWN", ("Commonwealth", "Commonwealth des nations"),
                 ("Commonwealth of Nations",), comment="English 'Commonwealth' alone also names states (Puerto Rico, Australia)"),
    Organization("afdb", "IGOAFB", ("Banque africaine de développement", "BAD"),
                 ("African Development Bank", "AfDB"), comment="'BAD' is an acronym: it matches the upper-case token only"),
    Organization("eu-agencies", "IGOEEC", ("Conseil européen", "Banque centrale européenne", "BCE", "Frontex", "Europol"),
                 ("European Council", "European Central Bank", "ECB", "Frontex", "Europol"),
                 comment="EU institutions and agencies: coded as the EU, as the Commission is"),
    Organization("amisom", "IGOAFRAFU", ("AMISOM", "Mission de l'Union africaine en Somalie"),
                 ("AMISOM", "African Union Mission in Somalia"), comment="the African Union's mission: coded as the AU"),
    # Non-state armed groups.
    Organization("hamas", "PSEREBHMS", ("Hamas", "Mouvement de la résistance islamique"),
                 ("Hamas", "Islamic Resistance Movement"), comment="Phoenix code"),
    Organization("hezbollah", "LBNREB", ("Hezbollah", "Hizbollah"),
                 ("Hezbollah", "Hizbollah", "Hizballah", "Hizbullah")),
    Organization("taliban", None, ("talibans", "taliban", "taleban", "talebans"),
                 ("Taliban", "Taleban"),
                 roles=(("AFGGOV", "2021-08-15", None), ("AFGREB", None, None)),
                 comment="in power in Kabul since 15 August 2021"),
    Organization("islamic-state", "IMGMOSISL",
                 ("État islamique", "EI", "Daech", "Daesh", "groupe État islamique",
                  "organisation État islamique"),
                 ("Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria",
                  "Islamic State of Iraq and the Levant"),
                 comment="not in the sources; built like the manual's al-Qaeda code IMGMOSALQ; "
                         "English 'IS' left out (the verb)"),
    Organization("al-qaeda", "IMGMOSALQ", ("Al-Qaïda", "Al Qaïda"),
                 ("al-Qaeda", "al Qaeda", "al-Qaida", "al-Qa'ida"),
                 comment="the CAMEO manual's example code"),
    Organization("houthis", "YEMREB", ("Houthis", "Houthi", "houthistes", "houthiste", "Ansar Allah"),
                 ("Houthis", "Houthi", "Huthis", "Huthi", "Ansar Allah", "Ansarallah")),
    Organization("hts", None, ("Hayat Tahrir al-Cham", "HTC", "HTS"),
                 ("Hayat Tahrir al-Sham", "HTS"),
                 roles=(("SYRGOV", "2024-12-08", None), ("SYRREB", None, None)),
                 comment="its leaders have governed Syria since 8 December 2024"),
    Organization("islamic-jihad", "PSEREB", ("Jihad islamique", "Jihad islamique palestinien"),
                 ("Islamic Jihad", "Palestinian Islamic Jihad", "PIJ"),
                 comment="Phoenix codes it MEAREB (region); the group is Palestinian"),
    Organization("rsf-sudan", "SDNREB", ("Forces de soutien rapide", "FSR"),
                 ("Rapid Support Forces", "RSF"),
                 comment="Sudan's paramilitary; French 'RSF' is Reporters sans frontières"),
    Organization("m23", "CODREB", ("M23", "Mouvement du 23 mars"), ("M23", "March 23 Movement")),
    Organization("boko-haram", "NGAREB", ("Boko Haram",), ("Boko Haram",)),
    Organization("al-shabaab", "SOMREB", ("shebab", "chebab", "chabab", "Al-Shabaab"),
                 ("al-Shabaab", "al-Shabab", "Shabaab")),
    Organization("pkk", "TURREB", ("PKK", "Parti des travailleurs du Kurdistan"),
                 ("PKK", "Kurdistan Workers' Party")),
    Organization("aqap", "YEMREB", ("AQPA", "Al-Qaïda dans la péninsule arabique"),
                 ("AQAP", "al-Qaeda in the Arabian Peninsula"),
                 comment="based in Yemen; coded as a Yemeni rebel group like the Houthis"),
    Organization("farc", "COLREB", ("FARC", "Forces armées révolutionnaires de Colombie"),
                 ("FARC", "Revolutionary Armed Forces of Colombia")),
    Organization("eln", "COLREB", ("ELN", "Armée de libération nationale"),
                 ("ELN", "National Liberation Army"), comment="Phoenix code (Colombia)"),
    Organization("npa", "PHLREB", ("Nouvelle armée populaire",), ("New People's Army", "New Peoples Army"),
                 comment="the armed wing of the Communist Party of the Philippines (Phoenix code); not 'NPA', "
                         "which is also France's Nouveau Parti anticapitaliste and Japan's National Police Agency"),
    Organization("unita", "AGOREB", ("UNITA",), ("UNITA",), comment="Phoenix code (ANGREB; ISO AGO)"),
    Organization("ltte", "LKAREB", ("LTTE", "Tigres tamouls", "Tigres de libération de l'Îlam tamoul"),
                 ("LTTE", "Tamil Tigers", "Liberation Tigers of Tamil Eelam")),
    Organization("shining-path", "PERREB", ("Sentier lumineux",), ("Shining Path",), comment="Phoenix code"),
    Organization("abu-sayyaf", "PHLREB", ("Abou Sayyaf",), ("Abu Sayyaf",), comment="Phoenix code"),
    Organization("plo", "PSEREB", ("OLP", "Organisation de libération de la Palestine"),
                 ("PLO", "Palestine Liberation Organization"), comment="Phoenix code"),
    Organization("kla", "KSVREB", ("UCK", "Armée de libération du Kosovo"),
                 ("KLA", "Kosovo Liberation Army")),
    Organization("ira", "GBRREB", ("IRA", "Armée républicaine irlandaise"),
                 ("IRA", "Irish Republican Army"), comment="active in Northern Ireland (GBR)"),
]


@dataclass
class Country:
    """One country line of ``COUNTRIES``, with the demonyms expanded to every word form."""

    code: str
    names_fr: list[str]
    names_en: list[str]
    demonyms_fr: list[str]
    demonyms_en: list[str]
    comment: str = ""


def french_forms(word: str) -> list[str]:
    """Masculine singular French demonym -> masc./fem. singular/plural word forms."""
    if word.startswith("="):
        return [word[1:]]
    if word.endswith("e"):  # russe, belge, tchèque: one form per number
        return [word, word + "s"]
    if word.endswith(("s", "x", "z")):  # français, kirghiz: masc. plural unchanged
        return [word, word + "e", word + "es"]
    if word.endswith(("en", "on")):  # ukrainien, coréen, letton: doubled n
        return [word, word + "ne", word + "s", word + "nes"]
    if word.endswith("è"):
        return [word, word + "s"]
    return [word, word + "e", word + "s", word + "es"]  # américain, afghan, qatari


def english_forms(word: str) -> list[str]:
    """'Russian+' -> Russian, Russians; anything else as written."""
    if word.endswith("+"):
        return [word[:-1], word[:-1] + "s"]
    return [word]


def split(text: str, sep: str) -> list[str]:
    return [part.strip() for part in text.split(sep) if part.strip()]


def unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def parse_countries(text: str = COUNTRIES) -> list[Country]:
    countries = []
    for raw in text.strip().splitlines():
        line, _, comment = raw.partition("   #")
        fields = [part.strip() for part in line.split("|")]
        if len(fields) != 5:
            raise SystemExit(f"bad country line (need 5 fields): {raw!r}")
        code, fr, en, dem_fr, dem_en = fields
        countries.append(
            Country(
                code=code,
                names_fr=split(fr, ";"),
                names_en=split(en, ";"),
                demonyms_fr=unique([f for w in split(dem_fr, ",") for f in french_forms(w)]),
                demonyms_en=unique([f for w in split(dem_en, ",") for f in english_forms(w)]),
                comment=comment.strip(),
            )
        )
    return countries


def fold(text: str) -> str:
    """The matcher's view of a name: case- and accent-insensitive."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def check(countries: list[Country]) -> None:
    """Refuse to write ambiguous data: a name or demonym shared by two actors in one language."""
    owners: dict[tuple[str, str], str] = {}
    problems = []
    codes = [c.code for c in countries]
    if len(codes) != len(set(codes)):
        problems.append("duplicate country codes")
    entries: list[tuple[str, str, list[str]]] = []
    for c in countries:
        entries += [(c.code, "fr", c.names_fr + c.demonyms_fr), (c.code, "en", c.names_en + c.demonyms_en)]
        for lang, names in (("fr", c.names_fr), ("en", c.names_en)):
            folded = [fold(n) for n in names]
            if len(folded) != len(set(folded)):
                problems.append(f"{c.code}: {lang} names repeat after case/accent folding: {names}")
    for inst in INSTITUTIONS:
        entries += [(inst.id, "fr", list(inst.fr)), (inst.id, "en", list(inst.en))]
    for owner, lang, words in entries:
        for word in words:
            key = (lang, fold(word))
            if key in owners and owners[key] != owner:
                problems.append(f"{lang} {word!r} is used by {owners[key]} and {owner}")
            owners[key] = owner
    if problems:
        raise SystemExit("ambiguous actor data:\n  " + "\n  ".join(problems))


def quote(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def flow_list(values: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(quote(v) for v in values) + "]"


def render_countries(countries: list[Country], regions: list[Country]) -> str:
    lines = [
        "# generated by tools/build_actors.py (edit the tables there, then re-run it); do not edit by hand",
        "# countries and territories of the CAMEO country table, CAMEO's regions, and institutions whose",
        "# name stands for a state organ (the Kremlin, the White House...).  Matching is case- and",
        "# accent-insensitive.",
        "# aliases in the CAMEO table without an entry of their own: "
        + ", ".join(f"{a} -> {b}" for a, b in sorted(ALIASES.items())),
        "codebook: countries",
        f"version: {quote(VERSION)}",
        "actors:",
    ]
    for c in countries:
        if c.comment:
            lines.append(f"  # {c.code}: {c.comment}")
        lines += [
            f"  - id: {c.code}",
            "    type: country",
            f"    code: {c.code}",
            "    names:",
            f"      fr: {flow_list(c.names_fr)}",
            f"      en: {flow_list(c.names_en)}",
            "    demonyms:",
            f"      fr: {flow_list(c.demonyms_fr)}",
            f"      en: {flow_list(c.demonyms_en)}",
        ]
    lines.append("  # CAMEO regions: in the country slot of a code, composed with agents (EURGOV)")
    for r in regions:
        lines += [
            f"  - id: {r.code}",
            "    type: region",
            f"    code: {r.code}",
            "    names:",
            f"      fr: {flow_list(r.names_fr)}",
            f"      en: {flow_list(r.names_en)}",
            "    demonyms:",
            f"      fr: {flow_list(r.demonyms_fr)}",
            f"      en: {flow_list(r.demonyms_en)}",
        ]
    lines.append("  # institutions standing for a state organ (names without article)")
    for inst in INSTITUTIONS:
        if inst.comment:
            lines.append(f"  # {inst.id}: {inst.comment}")
        lines += [
            f"  - id: {inst.id}",
            "    type: organization",
            "    names:",
            f"      fr: {flow_list(inst.fr)}",
            f"      en: {flow_list(inst.en)}",
            f"    roles: [{{code: {inst.role}}}]",
        ]
    return "\n".join(lines) + "\n"


def render_organizations() -> str:
    lines = [
        "# generated by tools/build_actors.py (edit the tables there, then re-run it); do not edit by hand",
        "# international organisations and non-state armed groups.  Codes follow the CAMEO manual's",
        "# actor table where it has one, else the Phoenix dictionaries; a comment marks the others.",
        "codebook: organizations",
        f"version: {quote(VERSION)}",
        "actors:",
    ]
    for org in ORGANIZATIONS:
        if org.comment:
            lines.append(f"  # {org.id}: {org.comment}")
        lines += [f"  - id: {org.id}", "    type: organization"]
        if org.code:
            lines.append(f"    code: {quote(org.code)}")
        lines += [
            "    names:",
            f"      fr: {flow_list(org.fr)}",
            f"      en: {flow_list(org.en)}",
        ]
        if org.roles:
            roles = []
            for code, start, end in org.roles:
                parts = [f"code: {code}"]
                if start:
                    parts.append(f"from: {quote(start)}")
                if end:
                    parts.append(f"to: {quote(end)}")
                roles.append("{" + ", ".join(parts) + "}")
            lines.append("    roles: [" + ", ".join(roles) + "]")
    return "\n".join(lines) + "\n"


def check_organizations() -> None:
    ids = [o.id for o in ORGANIZATIONS] + [i.id for i in INSTITUTIONS]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate organization ids")
    for org in ORGANIZATIONS:
        if not org.code and not org.roles:
            raise SystemExit(f"{org.id}: needs a code or roles")
    owners: dict[tuple[str, str], str] = {}
    for org in ORGANIZATIONS:
        for lang, names in (("fr", org.fr), ("en", org.en)):
            for name in names:
                key = (lang, fold(name))
                # The UN and its Security Council share no names; the EU bodies share the code only.
                if key in owners and owners[key] != org.id:
                    raise SystemExit(f"{lang} {name!r} is used by {owners[key]} and {org.id}")
                owners[key] = org.id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT_DIR,
                        help="folder for countries.yaml and organizations.yaml (default: %(default)s)")
    args = parser.parse_args(argv)
    countries = parse_countries()
    regions = parse_countries(REGIONS)
    check(countries + regions)
    check_organizations()
    args.output_dir.mkdir(parents=True, exist_ok=True)
    for name, text in (("countries.yaml", render_countries(countries, regions)),
                       ("organizations.yaml", render_organizations())):
        with (args.output_dir / name).open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
