#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace clientele {

/// Tags as comma-separated text ("VIP, Wholesale"), completing the word being typed from the
/// tags that already exist.
class TagsEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit TagsEdit(QWidget *parent = nullptr);

    void setAvailableTags(const QStringList &tags);
    void setTags(const QStringList &tags);
    /// The typed tags, trimmed, without empties or repeats (case-insensitive).
    QStringList tags() const;
    QCompleter *tagCompleter() const { return m_completer; }
    /// The tag being typed: the text between the last comma before the cursor and the cursor.
    QString currentWord() const;
    /// Replaces the tag being typed with `tag`, as choosing it from the completion list does.
    void insertCompletion(const QString &tag);

private:
    void updateCompletion();

    QCompleter *m_completer;
    QStringListModel *m_model;
};

} // namespace clientele
