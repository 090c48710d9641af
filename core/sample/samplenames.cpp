#include "samplenames.h"

namespace clientele::sample {

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

const QList<NameGroup> &nameGroups()
{
    static const QList<NameGroup> groups = {
        {6.0,
         words("Emma|Liam|Olivia|Noah|Ava|Ethan|Sophia|James|Harper|Henry|Evelyn|Jack|Abigail|Owen|Grace|Caleb|"
               "Hannah|Wyatt|Madison|Logan|Claire|Nathan|Ruby|Eli|Hazel|Miles|Violet|Dylan"),
         words("Smith|Johnson|Williams|Brown|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson|"
               "Thompson|White|Harris|Clark|Lewis|Walker|Young|Allen|Wright|Scott|Baker|Carter|Reed|Bennett")},
        {1.2, words("Jürgen|Lena|Matthias|Anja|Lukas|Sophie|Felix|Katrin|Jonas|Greta|Maximilian|Frieda"),
         words("Müller|Schröder|Weiß|Groß|Köhler|Schäfer|Becker|Hoffmann|Krüger|Böhm|Fischer|Vogel")},
        {1.2, words("Chloé|Léa|Noémie|Jérôme|Renée|André|Inès|Théo|Hélène|Gaëlle|François|Benoît"),
         words("Lefèvre|Girard|Dubois|Bérubé|Côté|Moreau|Lemaître|Fontaine|Gagnon|Rousseau|Brûlé|Mercier")},
        {1.0, words("Björn|Sigrún|Åsa|Søren|Mikael|Ingrid|Freya|Linnéa|Henrik|Maja|Ólafur|Astrid"),
         words("Kjærgaard|Sørensen|Åkesson|Lindqvist|Haugen|Halvorsen|Nyström|Bergström|Jónsdóttir|Dahl|Eriksen|"
               "Løvås")},
        {2.2, words("José|María|Lucía|Sofía|Andrés|Ximena|Joaquín|Camila|Mateo|Valentina|Diego|Inés|Martín|Paloma"),
         words("Núñez|Muñoz|Peña|Álvarez|Ibáñez|García|Rodríguez|Hernández|Martínez|López|Domínguez|Ortiz|Ramírez|"
               "Castillo")},
        {0.7, words("João|Gonçalo|Beatriz|Leonor|Tiago|Mariana|Rafael|Inês"),
         words("Gonçalves|Conceição|Araújo|Magalhães|Silva|Santos|Ferreira|Sousa")},
        {1.0, words("Tomáš|Kateřina|Jiří|Zoltán|Réka|Łukasz|Zofia|Małgorzata|Agnieszka|Ondřej|Eszter|Paweł"),
         words("Dvořák|Nováková|Procházka|Wójcik|Kowalczyk|Szabó|Horváth|Nowak|Černý|Zieliński|Kovács|Dąbrowska")},
        {0.6, words("Ayşe|Emre|Yusuf|Elif|Zeynep|Mehmet"), words("Şahin|Yılmaz|Öztürk|Çelik|Aydın|Doğan")},
        {1.2, words("Linh|Minh|Thảo|Huy|Lan|Quân|Mai|Tuấn"), words("Nguyễn|Trần|Phạm|Lê|Hoàng|Võ|Đặng|Bùi")},
        {1.0, words("Min-jun|Seo-yeon|Ji-woo|Hye-jin|Dong-hyun|Soo-ah"), words("Kim|Park|Choi|Jung|Kang|Yoon")},
        {1.0, words("Mei|Hiroshi|Yuki|Haruto|Aiko|Sora|Ren|Hana"),
         words("Tanaka|Watanabe|Suzuki|Sato|Takahashi|Ito|Yamamoto|Nakamura")},
        {1.2, words("Priya|Arjun|Ananya|Rohan|Kavya|Vikram|Ishaan|Meera"),
         words("Patel|Sharma|Iyer|Reddy|Nair|Gupta|Chatterjee|Menon")},
        {0.9, words("Kwame|Amara|Chidi|Nia|Ngozi|Kofi|Adaeze|Tunde"),
         words("Okafor|Mensah|Adeyemi|Owusu|Eze|Boateng|Nwosu|Adebayo")},
        {0.8, words("Fatima|Omar|Layla|Ahmed|Yasmin|Karim|Nour|Samir"),
         words("Haddad|Khoury|Rahman|Saleh|Nasser|Aziz|Mansour|Farouk")},
        {1.2, words("Siobhán|Seán|Niamh|Declan|Aoife|Ciarán|Róisín|Pádraig"),
         words("O'Connor|O'Brien|McCarthy|Murphy|Byrne|Ó Súilleabháin|Kavanagh|Ní Bhriain")},
        {1.0, words("Giulia|Marco|Chiara|Luca|Francesca|Matteo|Alessia|Niccolò"),
         words("Rossi|Bianchi|Esposito|Russo|Ricci|Marino|Greco|Bruno")},
    };
    return groups;
}

QString asciiFold(const QString &text)
{
    QString folded;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x00F8: // ø
        case 0x00D8:
            folded += QLatin1Char('o');
            continue;
        case 0x00E6: // æ
        case 0x00C6:
            folded += QStringLiteral("ae");
            continue;
        case 0x00DF: // ß
            folded += QStringLiteral("ss");
            continue;
        case 0x0142: // ł
        case 0x0141:
            folded += QLatin1Char('l');
            continue;
        case 0x0111: // đ
        case 0x0110:
        case 0x00F0: // ð
        case 0x00D0:
            folded += QLatin1Char('d');
            continue;
        case 0x0131: // dotless ı
            folded += QLatin1Char('i');
            continue;
        default:
            break;
        }
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            folded += c.toLower();
    }
    return folded;
}

} // namespace clientele::sample
