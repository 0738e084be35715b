<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Hearth::AccountButton</name>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Create an account…</source>
        <translation>&amp;Crear una cuenta…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <source>A menu: sign in, create an account, or sign out.</source>
        <translation>Un menú: iniciar sesión, crear una cuenta o cerrar sesión.</translation>
    </message>
    <message>
        <source>Signed in as %1 (@%2)</source>
        <translation>Sesión iniciada como %1 (@%2)</translation>
    </message>
    <message>
        <source>Account: signed in as %1</source>
        <translation>Cuenta: sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Account: not signed in</source>
        <translation>Cuenta: sin iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Hearth::ApiClient</name>
    <message>
        <source>The community took too long to answer. Please try again.</source>
        <translation>La comunidad tardó demasiado en responder. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the community right now. Hearth will try again when you&apos;re back online.</source>
        <translation>No se puede conectar con la comunidad ahora mismo. Hearth lo volverá a intentar cuando vuelvas a estar en línea.</translation>
    </message>
    <message>
        <source>The community&apos;s secure connection could not be checked, so Hearth did not connect.</source>
        <translation>No se pudo comprobar la conexión segura de la comunidad, así que Hearth no se conectó.</translation>
    </message>
    <message>
        <source>Something went wrong with the connection. Please try again.</source>
        <translation>Algo falló en la conexión. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This community does not use a secure connection (HTTPS), so Hearth will not send your sign-in to it.</source>
        <translation>Esta comunidad no usa una conexión segura (HTTPS), así que Hearth no le enviará tus datos de acceso.</translation>
    </message>
    <message>
        <source>The community sent an answer Hearth could not read.</source>
        <translation>La comunidad envió una respuesta que Hearth no pudo leer.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Tu sesión terminó. Vuelve a iniciar sesión, por favor.</translation>
    </message>
    <message>
        <source>That handle and password don&apos;t match. Please check them and try again.</source>
        <translation>El nombre de usuario y la contraseña no coinciden. Revísalos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That handle is already taken. Please choose another one.</source>
        <translation>Ese nombre de usuario ya está en uso. Elige otro, por favor.</translation>
    </message>
    <message>
        <source>Only the person who wrote this can change it.</source>
        <translation>Solo quien escribió esto puede cambiarlo.</translation>
    </message>
    <message>
        <source>This is no longer here. It may have been deleted.</source>
        <translation>Esto ya no está aquí. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>This was changed elsewhere while you were editing. Your text is kept: review the newer version and save again.</source>
        <translation>Esto se cambió en otro lugar mientras lo editabas. Tu texto se conserva: revisa la versión más reciente y guarda de nuevo.</translation>
    </message>
    <message>
        <source>Too many attempts in a short time. Please wait a few minutes and try again.</source>
        <translation>Demasiados intentos en poco tiempo. Espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>Esto es demasiado grande para enviarlo.</translation>
    </message>
    <message>
        <source>This kind of file can&apos;t be shared here.</source>
        <translation>Este tipo de archivo no se puede compartir aquí.</translation>
    </message>
    <message>
        <source>Something went wrong on the community&apos;s side. Please try again later.</source>
        <translation>Algo falló del lado de la comunidad. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo salió mal. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Hearth::Appearance</name>
    <message>
        <source>Unknown color scheme &quot;%1&quot; (use system, light or dark): following the system.</source>
        <translation>Esquema de colores desconocido «%1» (usa system, light o dark): se sigue el del sistema.</translation>
    </message>
</context>
<context>
    <name>Hearth::BlockListRefresh</name>
    <message>
        <source>You&apos;re offline. The list of people you blocked is as this computer last knew it.</source>
        <translation>Estás sin conexión. La lista de personas que bloqueaste es la última que conoció este equipo.</translation>
    </message>
    <message>
        <source>Hearth could not keep the list of people you blocked on this computer.</source>
        <translation>Hearth no pudo guardar en este equipo la lista de personas que bloqueaste.</translation>
    </message>
</context>
<context>
    <name>Hearth::CardMedia</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>See full photo</source>
        <translation>Ver la foto completa</translation>
    </message>
    <message>
        <source>Sensitive video: show</source>
        <translation>Video sensible: mostrar</translation>
    </message>
    <message>
        <source>Sensitive photo: show</source>
        <translation>Foto sensible: mostrar</translation>
    </message>
</context>
<context>
    <name>Hearth::CardMenu</name>
    <message>
        <source>Show post</source>
        <translation>Mostrar la publicación</translation>
    </message>
    <message>
        <source>Open post</source>
        <translation>Abrir publicación</translation>
    </message>
    <message>
        <source>&amp;React</source>
        <translation>&amp;Reaccionar</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Copiar el enlace</translation>
    </message>
    <message>
        <source>Open #%1</source>
        <translation>Abrir #%1</translation>
    </message>
    <message>
        <source>View %1’s &amp;profile</source>
        <translation>&amp;Ver el perfil de %1</translation>
    </message>
    <message>
        <source>Re&amp;port post…</source>
        <translation>Re&amp;portar publicación…</translation>
    </message>
    <message>
        <source>&amp;Block %1…</source>
        <translation>&amp;Bloquear a %1…</translation>
    </message>
</context>
<context>
    <name>Hearth::CommentBox</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>Cancelar la respuesta</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Escribir un comentario</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends.</source>
        <translation>Ctrl+Enter envía.</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>Enviar comentario</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>Responder a %1…</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Escribe una respuesta…</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Escribe un comentario…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter); you will be asked to sign in</source>
        <translation>Enviar (Ctrl+Enter); se te pedirá iniciar sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n characters too many</source>
        <translation>
            <numerusform>%n carácter de más</numerusform>
            <numerusform>%n caracteres de más</numerusform>
        </translation>
    </message>
    <message>
        <source>Replying to a comment</source>
        <translation>Respondiendo a un comentario</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Respondiendo a %1</translation>
    </message>
    <message>
        <source>Editing your comment</source>
        <translation>Editando tu comentario</translation>
    </message>
</context>
<context>
    <name>Hearth::CommentDelegate</name>
    <message>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Esperando para enviar</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation>Respuesta de %1</translation>
    </message>
    <message>
        <source>Comment from %1</source>
        <translation>Comentario de %1</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Aviso de contenido: %1</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Comentario eliminado</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>folded. %1. Press Space to show it.</source>
        <extracomment>%1 says why, such as &quot;Content warning: loss&quot; or &quot;Hidden: matches a muted word&quot;</extracomment>
        <translation>plegado. %1. Pulsa Espacio para mostrarlo.</translation>
    </message>
    <message>
        <source>Show comment</source>
        <translation>Mostrar el comentario</translation>
    </message>
</context>
<context>
    <name>Hearth::CommentThreadView</name>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Press R to reply to the selected comment, or the menu key for more.</source>
        <translation>Pulsa R para responder al comentario elegido, o la tecla de menú para ver más.</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>Cargando comentarios…</translation>
    </message>
    <message>
        <source>No comments yet. Be the first to say something kind.</source>
        <translation>Aún no hay comentarios. Sé la primera persona en decir algo amable.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Report comment…</source>
        <translation>Reportar comentario…</translation>
    </message>
    <message>
        <source>Block %1…</source>
        <translation>Bloquear a %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n new comments.</source>
        <translation>
            <numerusform>%n comentario nuevo.</numerusform>
            <numerusform>%n comentarios nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions (menu key)</source>
        <translation>Acciones (tecla de menú)</translation>
    </message>
    <message>
        <source>Actions for %1’s comment</source>
        <extracomment>the &quot;…&quot; button on a comment; %1 is its author&apos;s name</extracomment>
        <translation>Acciones para el comentario de %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar el enlace</translation>
    </message>
    <message>
        <source>View %1’s profile</source>
        <extracomment>a person named in a comment; %1 is their handle, such as &quot;@river_stone&quot;</extracomment>
        <translation>Ver el perfil de %1</translation>
    </message>
</context>
<context>
    <name>Hearth::CommentWrites</name>
    <message>
        <source>Your comment</source>
        <translation>Tu comentario</translation>
    </message>
    <message>
        <source>Your changes to a comment</source>
        <translation>Tus cambios en un comentario</translation>
    </message>
    <message>
        <source>Deleting your comment</source>
        <translation>Eliminar tu comentario</translation>
    </message>
</context>
<context>
    <name>Hearth::ComposerDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Create a post</source>
        <translation>Crear publicación</translation>
    </message>
    <message>
        <source>Share a</source>
        <translation>¿Qué compartes?</translation>
    </message>
    <message>
        <source>P&amp;ost</source>
        <translation>P&amp;ublicación</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>Histo&amp;ria</translation>
    </message>
    <message>
        <source>V&amp;ideo</source>
        <translation>V&amp;ideo</translation>
    </message>
    <message>
        <source>A short thought or a question</source>
        <translation>Una idea breve o una pregunta</translation>
    </message>
    <message>
        <source>Long form, written in Markdown</source>
        <translation>Un texto largo, escrito en Markdown</translation>
    </message>
    <message>
        <source>A video, with a picture people see before they play it</source>
        <translation>Un video, con una imagen que se ve antes de reproducirlo</translation>
    </message>
    <message>
        <source>Your unfinished post is back, as you left it.</source>
        <translation>Tu publicación sin terminar ha vuelto, tal como la dejaste.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>A few words that say what it is about</source>
        <translation>Unas palabras que digan de qué trata</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Preview of the story</source>
        <translation>Vista previa de la historia</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>Topics for the post, such as #Therapy. Hashtags in the title and text count too.</source>
        <translation>Temas para la publicación, como #Terapia. Los hashtags del título y del texto también cuentan.</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>Aviso de contenido</translation>
    </message>
    <message>
        <source>Optional: what readers may want to know first, such as “loss”</source>
        <translation>Opcional: de qué avisar antes, como «pérdida»</translation>
    </message>
    <message>
        <source>What the post still needs</source>
        <translation>Lo que le falta a la publicación</translation>
    </message>
    <message>
        <source>Post (Ctrl+Enter)</source>
        <translation>Publicar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Hashtags</source>
        <translation>&amp;Hashtags</translation>
    </message>
    <message>
        <source>Content &amp;warning</source>
        <translation>&amp;Aviso de contenido</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>What&apos;s on your mind?</source>
        <translation>¿Qué tienes en mente?</translation>
    </message>
    <message>
        <source>Write a story</source>
        <translation>Escribir una historia</translation>
    </message>
    <message>
        <source>Tell your story. Markdown works here: *emphasis*, lists, # headings.</source>
        <translation>Cuenta tu historia. Aquí funciona Markdown: *énfasis*, listas, # títulos.</translation>
    </message>
    <message>
        <source>Share a video</source>
        <translation>Compartir un video</translation>
    </message>
    <message>
        <source>A few words about the video (you can leave this empty)</source>
        <translation>Unas palabras sobre el video (puedes dejarlo vacío)</translation>
    </message>
    <message>
        <source>Sign in to post. Your draft is kept meanwhile.</source>
        <translation>Inicia sesión para publicar. Mientras tanto, tu borrador se guarda.</translation>
    </message>
    <message>
        <source>Add a title.</source>
        <translation>Añade un título.</translation>
    </message>
    <message>
        <source>The title is too long.</source>
        <translation>El título es demasiado largo.</translation>
    </message>
    <message>
        <source>Write something in the text.</source>
        <translation>Escribe algo en el texto.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>El texto es demasiado largo.</translation>
    </message>
    <message>
        <source>The content warning is too long.</source>
        <translation>El aviso de contenido es demasiado largo.</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be a hashtag: use letters, digits and _, with at least one letter, and at most %2 of them.</source>
        <translation>«%1» no puede ser un hashtag: usa letras, números y _, con al menos una letra y %2 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Add a hashtag, such as #Therapy, so your post has a home.</source>
        <translation>Añade un hashtag, como #Terapia, para que tu publicación tenga un hogar.</translation>
    </message>
    <message numerus="yes">
        <source>A post can have at most %n hashtags: remove some.</source>
        <translation>
            <numerusform>Una publicación puede tener como máximo %n hashtag: quita algunos.</numerusform>
            <numerusform>Una publicación puede tener como máximo %n hashtags: quita algunos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Editar tu publicación</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>Guardar los cambios (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No hashtags yet: a post needs at least one.</source>
        <translation>Aún no hay hashtags: una publicación necesita al menos uno.</translation>
    </message>
    <message>
        <source>Appears in %1</source>
        <translation>Aparece en %1</translation>
    </message>
    <message>
        <source>Hearth couldn&apos;t keep the post to send: %1 Your draft is kept.</source>
        <translation>Hearth no pudo guardar la publicación para enviarla: %1 Tu borrador se conserva.</translation>
    </message>
    <message>
        <source>Keep this draft?</source>
        <translation>¿Guardar este borrador?</translation>
    </message>
    <message>
        <source>Keep what you wrote? It will be here the next time you create a post.</source>
        <translation>¿Quieres guardar lo que escribiste? Estará aquí la próxima vez que crees una publicación.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Go &amp;back to writing</source>
        <translation>&amp;Seguir escribiendo</translation>
    </message>
</context>
<context>
    <name>Hearth::ContentFold</name>
    <message>
        <source>Content warning: %1</source>
        <extracomment>%1 is the content warning its author wrote</extracomment>
        <translation>Aviso de contenido: %1</translation>
    </message>
    <message>
        <source>Hidden: matches a muted word</source>
        <translation>Oculto: contiene una palabra silenciada</translation>
    </message>
    <message>
        <source>Sensitive topic: #%1</source>
        <extracomment>%1 is a hashtag such as SelfHarm</extracomment>
        <translation>Tema sensible: #%1</translation>
    </message>
</context>
<context>
    <name>Hearth::CountryNames</name>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
</context>
<context>
    <name>Hearth::Credentials</name>
    <message>
        <source>Your sign-in is kept safe in your keychain.</source>
        <translation>Tu sesión se guarda de forma segura en tu llavero.</translation>
    </message>
    <message>
        <source>Hearth couldn&apos;t find a keychain on this computer, so it can&apos;t remember your sign-in. You&apos;ll stay signed in until you quit Hearth, and you&apos;ll be asked to sign in again next time. To be remembered, install a keychain such as GNOME Keyring or KWallet.</source>
        <translation>Hearth no encontró un llavero en este equipo, así que no puede recordar tu sesión. Seguirás con la sesión iniciada hasta que cierres Hearth, y la próxima vez tendrás que iniciarla de nuevo. Para que te recuerde, instala un llavero como GNOME Keyring o KWallet.</translation>
    </message>
    <message>
        <source>Your keychain is locked, so Hearth can&apos;t use it to remember your sign-in. You&apos;ll stay signed in until you quit Hearth, and you&apos;ll be asked to sign in again next time. Unlock your keychain when it asks, and Hearth will remember you.</source>
        <translation>Tu llavero está bloqueado, así que Hearth no puede usarlo para recordar tu sesión. Seguirás con la sesión iniciada hasta que cierres Hearth, y la próxima vez tendrás que iniciarla de nuevo. Desbloquea tu llavero cuando te lo pida y Hearth te recordará.</translation>
    </message>
    <message>
        <source>Hearth wasn&apos;t allowed to use your keychain, so it can&apos;t remember your sign-in. You&apos;ll stay signed in until you quit Hearth, and you&apos;ll be asked to sign in again next time. To be remembered, allow Hearth when your keychain asks.</source>
        <translation>Hearth no tuvo permiso para usar tu llavero, así que no puede recordar tu sesión. Seguirás con la sesión iniciada hasta que cierres Hearth, y la próxima vez tendrás que iniciarla de nuevo. Para que te recuerde, permite el acceso a Hearth cuando tu llavero lo pregunte.</translation>
    </message>
    <message>
        <source>Something went wrong with your keychain, so Hearth can&apos;t remember your sign-in. You&apos;ll stay signed in until you quit Hearth, and you&apos;ll be asked to sign in again next time.</source>
        <translation>Algo falló con tu llavero, así que Hearth no puede recordar tu sesión. Seguirás con la sesión iniciada hasta que cierres Hearth, y la próxima vez tendrás que iniciarla de nuevo.</translation>
    </message>
</context>
<context>
    <name>Hearth::CrisisLine</name>
    <message>
        <source>Text %1</source>
        <extracomment>%1 is a number to send a text message (SMS) to</extracomment>
        <translation>Envía un SMS al %1</translation>
    </message>
    <message>
        <source>Text %1 to %2</source>
        <extracomment>%1 is a word to send by text message (SMS), %2 the number to send it to</extracomment>
        <translation>Envía %1 por SMS al %2</translation>
    </message>
</context>
<context>
    <name>Hearth::CrisisNotice</name>
    <message>
        <source>Support, if you need it</source>
        <translation>Apoyo, si lo necesitas</translation>
    </message>
    <message>
        <source>It sounds like things may be very hard right now. You don&apos;t have to carry it alone, and you don&apos;t have to wait: you can talk to someone today.</source>
        <translation>Parece que las cosas pueden estar siendo muy difíciles ahora mismo. No tienes que cargar con esto a solas ni esperar: puedes hablar con alguien hoy.</translation>
    </message>
    <message>
        <source>This touches on suicide or self-harm. If it brings something up for you, you can talk to someone today.</source>
        <translation>Esto habla de suicidio o autolesiones. Si te remueve algo, puedes hablar con alguien hoy.</translation>
    </message>
    <message>
        <source>any time, day or night</source>
        <translation>a cualquier hora, de día o de noche</translation>
    </message>
    <message>
        <source>Lines for %1.</source>
        <translation>Líneas para %1.</translation>
    </message>
    <message>
        <source>We don&apos;t have lines for your country yet: these directories list helplines around the world.</source>
        <translation>Aún no tenemos líneas para tu país: estos directorios reúnen líneas de ayuda de todo el mundo.</translation>
    </message>
    <message>
        <source>Hearth is not a crisis service. If you are in danger now, call your local emergency number.</source>
        <translation>Hearth no es un servicio de crisis. Si estás en peligro ahora, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>Cambiar de país</translation>
    </message>
    <message>
        <source>If anything here brings something up for you, you can talk to someone today.</source>
        <translation>Si algo de aquí te remueve, puedes hablar con alguien hoy mismo.</translation>
    </message>
</context>
<context>
    <name>Hearth::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>Hearth::DirectoryPage</name>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Filter topics by name or description</source>
        <translation>Filtrar temas por nombre o descripción</translation>
    </message>
    <message>
        <source>Filter topics</source>
        <translation>Filtrar temas</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Enter opens a topic; Space joins or leaves it; the context menu has more.</source>
        <translation>Enter abre un tema; Espacio te une a él o lo deja; el menú contextual tiene más opciones.</translation>
    </message>
    <message>
        <source>No topic matches “%1”.</source>
        <translation>Ningún tema coincide con «%1».</translation>
    </message>
    <message>
        <source>The community can&apos;t be reached, and no topics are saved on this computer yet. They will show here once Hearth is back online.</source>
        <translation>No se puede conectar con la comunidad y aún no hay temas guardados en este equipo. Aparecerán aquí cuando Hearth vuelva a estar en línea.</translation>
    </message>
    <message>
        <source>The community can&apos;t be reached right now: these are the topics saved on this computer.</source>
        <translation>No se puede conectar con la comunidad ahora mismo: estos son los temas guardados en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Open topic</source>
        <translation>&amp;Abrir el tema</translation>
    </message>
    <message>
        <source>&amp;Leave topic</source>
        <translation>&amp;Dejar el tema</translation>
    </message>
    <message>
        <source>&amp;Join topic</source>
        <translation>&amp;Unirme al tema</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Copiar el enlace</translation>
    </message>
</context>
<context>
    <name>Hearth::DraftListModel</name>
    <message>
        <source>%1: %2</source>
        <comment>a draft: where, first words</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New post in %1</source>
        <translation>Nueva publicación en %1</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <source>Edit of “%1”</source>
        <translation>Edición de «%1»</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>una publicación</translation>
    </message>
    <message>
        <source>Reply to a comment on “%1”</source>
        <translation>Respuesta a un comentario en «%1»</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>Comentario en «%1»</translation>
    </message>
</context>
<context>
    <name>Hearth::DraftRowDelegate</name>
    <message>
        <source>(nothing written yet)</source>
        <translation>(aún no hay nada escrito)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
</context>
<context>
    <name>Hearth::DraftsPage</name>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>No drafts. What you write is kept here as you type, until it is posted or you let it go.</source>
        <translation>No hay borradores. Lo que escribes se guarda aquí mientras escribes, hasta que se publica o decides dejarlo.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Enter resumes a draft; Delete removes it.</source>
        <translation>Enter retoma un borrador; Supr lo elimina.</translation>
    </message>
    <message>
        <source>Takes up the chosen draft again.</source>
        <translation>Retoma el borrador elegido.</translation>
    </message>
    <message>
        <source>Deletes the chosen draft, after asking.</source>
        <translation>Elimina el borrador elegido, después de preguntar.</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>¿Eliminar este borrador?</translation>
    </message>
    <message>
        <source>“%1” will be gone from this computer. This can&apos;t be undone.</source>
        <translation>«%1» desaparecerá de este equipo. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>Hearth::FeedModel</name>
    <message>
        <source>From the community team.</source>
        <translation>Del equipo de la comunidad.</translation>
    </message>
    <message>
        <source>Edited.</source>
        <translation>Editado.</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Aviso de contenido: %1</translation>
    </message>
    <message>
        <source>With a video.</source>
        <translation>Con un video.</translation>
    </message>
    <message>
        <source>With a photo: %1</source>
        <translation>Con una foto: %1</translation>
    </message>
    <message>
        <source>With a photo.</source>
        <translation>Con una foto.</translation>
    </message>
    <message>
        <source>Waiting to send.</source>
        <translation>Esperando para enviar.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Sin enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes ago</source>
        <translation>
            <numerusform>hace %Ln minuto</numerusform>
            <numerusform>hace %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours ago</source>
        <translation>
            <numerusform>hace %Ln hora</numerusform>
            <numerusform>hace %Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” by %3, %4.</source>
        <comment>kind, title, author, when</comment>
        <translation>%1 «%2» de %3, %4.</translation>
    </message>
    <message>
        <source>%1 “%2” by %3, %4, with %5 and %6.</source>
        <comment>kind, title, author, when, reactions, comments</comment>
        <translation>%1 «%2» de %3, %4, con %5 y %6.</translation>
    </message>
</context>
<context>
    <name>Hearth::HashtagField</name>
    <message>
        <source>#Therapy #SmallWins</source>
        <translation>#Terapia #PequeñosLogros</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Hearth::LimitCounter</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n too many)</source>
        <translation>
            <numerusform>%1 (%n de más)</numerusform>
            <numerusform>%1 (%n de más)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 de %2 caracteres como máximo</translation>
    </message>
</context>
<context>
    <name>Hearth::MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to send what is waiting.</source>
        <translation>Tu sesión terminó. Vuelve a iniciar sesión para enviar lo que está esperando.</translation>
    </message>
    <message>
        <source>Your sign-in can&apos;t be kept</source>
        <translation>No se puede guardar tu sesión</translation>
    </message>
    <message>
        <source>You can write now; posting needs you to sign in. Your draft is kept.</source>
        <translation>Ya puedes escribir; para publicar tendrás que iniciar sesión. Tu borrador se conserva.</translation>
    </message>
    <message>
        <source>this post by %1</source>
        <translation>esta publicación de %1</translation>
    </message>
    <message>
        <source>this comment by %1</source>
        <translation>este comentario de %1</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Borrador eliminado.</translation>
    </message>
    <message>
        <source>That post is not on this computer any more: open it once to edit it.</source>
        <translation>Esa publicación ya no está en este equipo: ábrela una vez para editarla.</translation>
    </message>
    <message>
        <source>This has no link yet: it is still on its way to the community.</source>
        <translation>Esto aún no tiene enlace: todavía está de camino a la comunidad.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t open “%1”: it is not a Hearth link. Hearth links start with “hearth:”.</source>
        <translation>Hearth no puede abrir «%1»: no es un enlace de Hearth. Los enlaces de Hearth empiezan por «hearth:».</translation>
    </message>
    <message>
        <source>Hearth can&apos;t open this link: it is damaged or incomplete. Ask for it to be copied again.</source>
        <translation>Hearth no puede abrir este enlace: está dañado o incompleto. Pide que lo vuelvan a copiar.</translation>
    </message>
    <message>
        <source>This link is for the community at %1, and Hearth is connected to %2. To open it, start Hearth with --server %1.</source>
        <translation>Este enlace es de la comunidad en %1, y Hearth está conectado a %2. Para abrirlo, inicia Hearth con --server %1.</translation>
    </message>
    <message>
        <source>Can&apos;t open the link</source>
        <translation>No se puede abrir el enlace</translation>
    </message>
    <message>
        <source>The picture could not be read.</source>
        <translation>No se pudo leer la imagen.</translation>
    </message>
    <message>
        <source>Sending your picture…</source>
        <translation>Enviando tu imagen…</translation>
    </message>
    <message>
        <source>Your picture could not be sent: %1 Your other changes are kept.</source>
        <translation>No se pudo enviar tu imagen: %1 Tus demás cambios se conservan.</translation>
    </message>
    <message>
        <source>Your picture is up.</source>
        <translation>Tu imagen ya está subida.</translation>
    </message>
</context>
<context>
    <name>Hearth::MediaPicker</name>
    <message>
        <source>Choose a &amp;video…</source>
        <translation>Elegir un &amp;video…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Blur it until someone chooses to see it</source>
        <translation>Difu&amp;minar hasta que alguien decida verlo</translation>
    </message>
    <message>
        <source>Remove the picked files</source>
        <translation>Quitar los archivos elegidos</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>A few words about what it shows help people who use a screen reader. You can post without them.</source>
        <translation>Unas palabras sobre lo que se ve ayudan a quienes usan un lector de pantalla. Puedes publicar sin ellas.</translation>
    </message>
    <message>
        <source>Videos are shared as they are: the file may carry details that the app which recorded it put in, such as where it was made.</source>
        <translation>Los videos se comparten tal cual: el archivo puede llevar datos que añadió la app que lo grabó, como dónde se hizo.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t find %1.</source>
        <translation>Hearth no encuentra %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is %2, and a photo can be at most %3. A smaller copy will do.</source>
        <translation>%1 ocupa %2, y una foto puede ocupar como máximo %3. Una copia más pequeña servirá.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t open %1: %2</source>
        <translation>Hearth no puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a picture Hearth can share. Choose a JPEG, PNG, WebP or GIF picture.</source>
        <translation>%1 no es una imagen que Hearth pueda compartir. Elige una imagen JPEG, PNG, WebP o GIF.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be opened: the file may be damaged.</source>
        <translation>No se puede abrir %1: puede que el archivo esté dañado.</translation>
    </message>
    <message>
        <source>%1 is too large a picture (%2 × %3 pixels). A picture can be at most %4 pixels on a side and %5 megapixels.</source>
        <translation>%1 es una imagen demasiado grande (%2 × %3 píxeles). Una imagen puede tener como máximo %4 píxeles por lado y %5 megapíxeles.</translation>
    </message>
    <message>
        <source>%1 is incomplete: it may not have finished copying.</source>
        <translation>%1 está incompleto: puede que no haya terminado de copiarse.</translation>
    </message>
    <message>
        <source>%1 is %2, and a video can be at most %3. A shorter clip will do.</source>
        <translation>%1 ocupa %2, y un video puede ocupar como máximo %3. Un fragmento más corto servirá.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t a video Hearth can share. Choose an MP4 or WebM video.</source>
        <translation>%1 no es un video que Hearth pueda compartir. Elige un video MP4 o WebM.</translation>
    </message>
    <message>
        <source>%1 is a video. To share a video, choose Video as the kind of post.</source>
        <translation>%1 es un video. Para compartir un video, elige «Video» como tipo de publicación.</translation>
    </message>
    <message>
        <source>Choose the video to share, and a picture for its poster.</source>
        <translation>Elige el video que quieres compartir y una imagen de portada.</translation>
    </message>
    <message>
        <source>Choose the video to share.</source>
        <translation>Elige el video que quieres compartir.</translation>
    </message>
    <message>
        <source>Choose a picture for the video&apos;s poster: people see it before they play the video.</source>
        <translation>Elige una imagen de portada para el video: se ve antes de reproducirlo.</translation>
    </message>
    <message>
        <source>The description is too long.</source>
        <translation>La descripción es demasiado larga.</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>Elegir un video</translation>
    </message>
    <message>
        <source>Choose a poster picture</source>
        <translation>Elegir una imagen de portada</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.webm)</source>
        <translation>Videos (*.mp4 *.webm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp *.gif)</translation>
    </message>
    <message>
        <source>Change the &amp;poster…</source>
        <translation>Cambiar la &amp;portada…</translation>
    </message>
    <message>
        <source>Choose a &amp;poster…</source>
        <translation>Elegir una &amp;portada…</translation>
    </message>
    <message>
        <source>Change the &amp;photo…</source>
        <translation>Cambiar la &amp;foto…</translation>
    </message>
    <message>
        <source>Add a &amp;photo…</source>
        <translation>Añadir una &amp;foto…</translation>
    </message>
    <message>
        <source>Change the &amp;video…</source>
        <translation>Cambiar el &amp;video…</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>No poster yet</source>
        <translation>Aún sin portada</translation>
    </message>
    <message>
        <source>Video: %1 (%2)</source>
        <translation>Video: %1 (%2)</translation>
    </message>
    <message>
        <source>Poster: %1 (%2)</source>
        <translation>Portada: %1 (%2)</translation>
    </message>
    <message>
        <source>Photo: %1 (%2)</source>
        <translation>Foto: %1 (%2)</translation>
    </message>
    <message>
        <source>What happens in the video</source>
        <translation>Lo que pasa en el video</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>Lo que muestra la foto</translation>
    </message>
    <message>
        <source>Location in the photo</source>
        <translation>Ubicación en la foto</translation>
    </message>
    <message>
        <source>This poster picture holds location information, such as where it was taken. It is removed when you post, before anyone sees the picture.</source>
        <translation>Esta imagen de portada contiene datos de ubicación, como dónde se tomó. Se quitan al publicar, antes de que nadie vea la imagen.</translation>
    </message>
    <message>
        <source>This photo holds location information, such as where it was taken. It is removed when you post, before anyone sees the photo.</source>
        <translation>Esta foto contiene datos de ubicación, como dónde se tomó. Se quitan al publicar, antes de que nadie vea la foto.</translation>
    </message>
</context>
<context>
    <name>Hearth::MembershipWrites</name>
    <message>
        <source>Joining %1</source>
        <translation>Unirte a %1</translation>
    </message>
    <message>
        <source>Leaving %1</source>
        <translation>Dejar %1</translation>
    </message>
    <message>
        <source>A newsletter subscription</source>
        <translation>Una suscripción a un boletín</translation>
    </message>
</context>
<context>
    <name>Hearth::NewslettersDialog</name>
    <message>
        <source>once a month</source>
        <translation>una vez al mes</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>una vez por semana</translation>
    </message>
    <message>
        <source>Sign in to subscribe…</source>
        <translation>Inicia sesión para suscribirte…</translation>
    </message>
    <message>
        <source>Newsletters of %1</source>
        <translation>Boletines de %1</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Boletines</translation>
    </message>
    <message>
        <source>Looking for the newsletters of %1…</source>
        <translation>Buscando los boletines de %1…</translation>
    </message>
    <message>
        <source>The newsletters can&apos;t be loaded while you&apos;re offline.</source>
        <translation>Los boletines no se pueden cargar mientras estás sin conexión.</translation>
    </message>
    <message>
        <source>Arrives %1.</source>
        <translation>Llega %1.</translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>suscrito</translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation>sin suscribir</translation>
    </message>
    <message>
        <source>%1 has no newsletters yet.</source>
        <translation>%1 aún no tiene boletines.</translation>
    </message>
    <message>
        <source>Newsletters bring the best of %1 to you. Sign in to subscribe.</source>
        <translation>Los boletines te traen lo mejor de %1. Inicia sesión para suscribirte.</translation>
    </message>
    <message>
        <source>Tick a newsletter to receive it; untick it to stop.</source>
        <translation>Marca un boletín para recibirlo; desmárcalo para dejar de recibirlo.</translation>
    </message>
    <message>
        <source>Space ticks the selected newsletter, or unticks it.</source>
        <translation>Espacio marca o desmarca el boletín elegido.</translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationBell</name>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message numerus="yes">
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Notificaciones, %n sin leer</numerusform>
            <numerusform>Notificaciones, %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationPopups</name>
    <message numerus="yes">
        <source>%n new notifications</source>
        <translation>
            <numerusform>%n notificación nueva</numerusform>
            <numerusform>%n notificaciones nuevas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationSettingsBox</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no desktop notifications from</source>
        <translation>&amp;Horas de calma: sin notificaciones de escritorio desde</translation>
    </message>
    <message>
        <source>Tell me on the desktop, while Hearth&apos;s window is not in front, when someone:</source>
        <translation>Avisarme en el escritorio, mientras la ventana de Hearth no esté delante, cuando alguien:</translation>
    </message>
    <message>
        <source>comments on my posts</source>
        <translation>comente mis publicaciones</translation>
    </message>
    <message>
        <source>replies to my comments</source>
        <translation>responda a mis comentarios</translation>
    </message>
    <message>
        <source>reacts to my posts</source>
        <translation>reaccione a mis publicaciones</translation>
    </message>
    <message>
        <source>mentions me</source>
        <translation>me mencione</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Calma desde</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Calma hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>The bell in the toolbar still counts what arrives.</source>
        <translation>La campana de la barra de herramientas sigue contando lo que llega.</translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationWording</name>
    <message>
        <source>hearts</source>
        <translation>corazones</translation>
    </message>
    <message>
        <source>hugs</source>
        <translation>abrazos</translation>
    </message>
    <message>
        <source>me-toos</source>
        <extracomment>reactions that say &quot;me too&quot;, as in &quot;River and 2 others sent me-toos&quot;</extracomment>
        <translation>«yo también»</translation>
    </message>
    <message>
        <source>strength</source>
        <extracomment>as in &quot;River and 2 others sent strength&quot;</extracomment>
        <translation>fuerza</translation>
    </message>
    <message>
        <source>thoughts</source>
        <extracomment>as in &quot;River and 2 others sent thoughts&quot; (the reaction &quot;Thinking of you&quot;)</extracomment>
        <translation>pensamientos</translation>
    </message>
    <message>
        <source>reactions</source>
        <translation>reacciones</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the last two of a list: &quot;hugs and hearts&quot;; %1 is the list before the last (joined with &quot;, &quot;), %2 the last</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 replied to your post</source>
        <translation>%1 respondió a tu publicación</translation>
    </message>
    <message>
        <source>%1 replied to your comment</source>
        <translation>%1 respondió a tu comentario</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 te mencionó</translation>
    </message>
    <message>
        <source>%1 sent %2</source>
        <extracomment>%1 is a person, %2 what they sent (&quot;hugs&quot;)</extracomment>
        <translation>%1 envió %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others sent %2</source>
        <extracomment>%1 is a person, %n how many others reacted, %2 what they sent (&quot;hugs and hearts&quot;)</extracomment>
        <translation>
            <numerusform>%1 y %n persona más enviaron %2</numerusform>
            <numerusform>%1 y %n personas más enviaron %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, unread</source>
        <extracomment>a notification not read yet, for screen readers: %1 says what happened, %2 when</extracomment>
        <translation>%1, %2, sin leer</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a notification&apos;s post, by its title</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a notification&apos;s preview: %1 is the post (&quot;“Small steps”&quot;), %2 the first words of the comment or the post</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <extracomment>a notification for screen readers: %1 says what happened, %2 its preview</extracomment>
        <translation>%1. %2.</translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationWrites</name>
    <message>
        <source>Marking notifications read</source>
        <translation>Marcando las notificaciones como leídas</translation>
    </message>
</context>
<context>
    <name>Hearth::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Sign in to see when someone replies to you, reacts to your posts or mentions you.</source>
        <translation>Inicia sesión para ver cuándo alguien te responde, reacciona a tus publicaciones o te menciona.</translation>
    </message>
    <message>
        <source>Nothing yet. When someone replies to you, reacts to your posts or mentions you, it shows here.</source>
        <translation>Nada por ahora. Cuando alguien te responda, reaccione a tus publicaciones o te mencione, aparecerá aquí.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>View %1’s profile</source>
        <extracomment>%1 is the person a notification is about</extracomment>
        <translation>Ver el perfil de %1</translation>
    </message>
</context>
<context>
    <name>Hearth::PhotoViewer</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show photo</source>
        <translation>Mostrar la foto</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>This photo may be sensitive.</source>
        <translation>Esta foto puede ser sensible.</translation>
    </message>
    <message>
        <source>The photo is blurred until you choose to see it.</source>
        <translation>La foto está difuminada hasta que decidas verla.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Cargando la foto…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Loading the full photo…</source>
        <translation>Cargando la foto completa…</translation>
    </message>
    <message>
        <source>This photo is no longer here. It may have been deleted.</source>
        <translation>Esta foto ya no está aquí. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>This photo could not be loaded: %1</source>
        <translation>No se pudo cargar esta foto: %1</translation>
    </message>
    <message>
        <source>This photo can&apos;t be shown: the file is damaged, or it is not a kind of picture Hearth opens.</source>
        <translation>No se puede mostrar esta foto: el archivo está dañado o no es un tipo de imagen que Hearth abra.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Hearth::PostCardDelegate</name>
    <message>
        <source>Read more</source>
        <translation>Leer más</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <source>Open the #%1 topic</source>
        <translation>Abrir el tema #%1</translation>
    </message>
    <message>
        <source>Click to take back your reaction (“%1”); right-click or press and hold to choose another.</source>
        <translation>Haz clic para retirar tu reacción («%1»); clic derecho o mantén pulsado para elegir otra.</translation>
    </message>
    <message>
        <source>Click to react with “%1”; right-click or press and hold to choose another reaction.</source>
        <translation>Haz clic para reaccionar con «%1»; clic derecho o mantén pulsado para elegir otra reacción.</translation>
    </message>
    <message>
        <source>Community team</source>
        <translation>Equipo de la comunidad</translation>
    </message>
    <message>
        <source>Show post</source>
        <translation>Mostrar la publicación</translation>
    </message>
</context>
<context>
    <name>Hearth::PostMediaView</name>
    <message>
        <source>Sensitive photo: show</source>
        <translation>Foto sensible: mostrar</translation>
    </message>
    <message>
        <source>Show the sensitive photo</source>
        <translation>Mostrar la foto sensible</translation>
    </message>
    <message>
        <source>The photo is blurred until you choose to see it.</source>
        <translation>La foto está difuminada hasta que decidas verla.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Play video</source>
        <translation>Reproducir video</translation>
    </message>
    <message>
        <source>See full photo</source>
        <translation>Ver la foto completa</translation>
    </message>
</context>
<context>
    <name>Hearth::PostPage</name>
    <message>
        <source>Delete comment</source>
        <translation>Eliminar comentario</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Eliminar publicación</translation>
    </message>
    <message>
        <source>Delete your post “%1” and its comments? This cannot be undone.</source>
        <translation>¿Eliminar tu publicación «%1» y sus comentarios? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete your comment? This cannot be undone.</source>
        <translation>¿Eliminar tu comentario? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Hearth::PostView</name>
    <message>
        <source>Post text</source>
        <translation>Texto de la publicación</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtags</translation>
    </message>
    <message>
        <source>&amp;Edit post</source>
        <translation>&amp;Editar publicación</translation>
    </message>
    <message>
        <source>&amp;Delete post</source>
        <translation>E&amp;liminar publicación</translation>
    </message>
    <message>
        <source>Change the title, the text or the hashtags.</source>
        <translation>Cambiar el título, el texto o los hashtags.</translation>
    </message>
    <message>
        <source>Removes the post and its comments.</source>
        <translation>Elimina la publicación y sus comentarios.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More actions for this post</source>
        <translation>Más acciones para esta publicación</translation>
    </message>
    <message>
        <source>Re&amp;port post…</source>
        <translation>Re&amp;portar publicación…</translation>
    </message>
    <message>
        <source>&amp;Block %1…</source>
        <translation>&amp;Bloquear a %1…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquear…</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Folded post</source>
        <translation>Publicación plegada</translation>
    </message>
    <message>
        <source>Show post</source>
        <translation>Mostrar la publicación</translation>
    </message>
    <message>
        <source>Loading the post…</source>
        <translation>Cargando la publicación…</translation>
    </message>
    <message>
        <source>This post is not saved on this computer yet. It will show when Hearth can reach the community.</source>
        <translation>Esta publicación aún no está guardada en este equipo. Aparecerá cuando Hearth pueda conectar con la comunidad.</translation>
    </message>
    <message>
        <source>This post is not available. It may have been deleted.</source>
        <translation>Esta publicación no está disponible. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Aviso de contenido: %1</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Tema %1</translation>
    </message>
    <message>
        <source>Remove your reaction</source>
        <translation>Retirar tu reacción</translation>
    </message>
    <message>
        <source>React: %1</source>
        <translation>Reaccionar: %1</translation>
    </message>
    <message>
        <source>React: %1 (you will be asked to sign in)</source>
        <translation>Reaccionar: %1 (se te pedirá iniciar sesión)</translation>
    </message>
    <message>
        <source>From the community team</source>
        <translation>Del equipo de la comunidad</translation>
    </message>
    <message>
        <source>%1 “%2” by %3, %4.</source>
        <comment>kind, title, author, when</comment>
        <translation>%1 «%2» de %3, %4.</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Copiar el enlace</translation>
    </message>
    <message>
        <source>View %1’s &amp;profile</source>
        <translation>&amp;Ver el perfil de %1</translation>
    </message>
    <message>
        <source>View the author’s &amp;profile</source>
        <translation>&amp;Ver el perfil de quien lo escribió</translation>
    </message>
    <message>
        <source>%1’s page</source>
        <translation>Página de %1</translation>
    </message>
    <message>
        <source>View %1’s profile</source>
        <translation>Ver el perfil de %1</translation>
    </message>
</context>
<context>
    <name>Hearth::PostWording</name>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reactions</source>
        <translation>
            <numerusform>%Ln reacción</numerusform>
            <numerusform>%Ln reacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln comentario</numerusform>
            <numerusform>%Ln comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Esperando para enviar</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Sin enviar</translation>
    </message>
</context>
<context>
    <name>Hearth::PostWrites</name>
    <message>
        <source>Your new post</source>
        <translation>Tu nueva publicación</translation>
    </message>
    <message>
        <source>Your new post “%1”</source>
        <translation>Tu nueva publicación «%1»</translation>
    </message>
    <message>
        <source>Your changes to a post</source>
        <translation>Tus cambios en una publicación</translation>
    </message>
    <message>
        <source>Deleting your post</source>
        <translation>Eliminar tu publicación</translation>
    </message>
</context>
<context>
    <name>Hearth::ProfileEditor</name>
    <message>
        <source>Show the topics I follow on my page</source>
        <translation>Mostrar en mi página los temas que sigo</translation>
    </message>
    <message>
        <source>Choose a &amp;picture…</source>
        <translation>Elegir una &amp;imagen…</translation>
    </message>
    <message>
        <source>&amp;Remove picture</source>
        <translation>&amp;Quitar la imagen</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar el perfil</translation>
    </message>
    <message>
        <source>A few words about you, if you like</source>
        <translation>Unas palabras sobre ti, si quieres</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>&amp;Biografía</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>This picture says where it was taken. The community removes that when it is uploaded.</source>
        <translation>Esta imagen indica dónde se tomó. La comunidad quita ese dato al subirla.</translation>
    </message>
</context>
<context>
    <name>Hearth::ProfilePage</name>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar el perfil…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Which of their posts the page shows: all, stories, posts or videos.</source>
        <translation>Qué publicaciones suyas muestra la página: todas, historias, publicaciones o videos.</translation>
    </message>
    <message>
        <source>Their posts</source>
        <translation>Sus publicaciones</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation>Miembro desde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n publicación</numerusform>
            <numerusform>%n publicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n historia</numerusform>
            <numerusform>%n historias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Follows %1</source>
        <translation>Sigue %1</translation>
    </message>
    <message>
        <source>No one here</source>
        <translation>No hay nadie aquí</translation>
    </message>
    <message>
        <source>Un&amp;block</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquear…</translation>
    </message>
    <message>
        <source>%1’s picture</source>
        <translation>Imagen de %1</translation>
    </message>
    <message>
        <source>There is no one called @%1 in this community.</source>
        <translation>No hay nadie llamado @%1 en esta comunidad.</translation>
    </message>
    <message>
        <source>You&apos;re offline: this is what Hearth saved of this page. It is brought up to date once you&apos;re connected.</source>
        <translation>Estás sin conexión: esto es lo que Hearth guardó de esta página. Se actualizará cuando te conectes.</translation>
    </message>
    <message>
        <source>You&apos;re offline, and nothing of @%1 is saved on this computer yet. It will appear here once you&apos;re connected.</source>
        <translation>Estás sin conexión y aún no hay nada de @%1 guardado en este equipo. Aparecerá aquí cuando te conectes.</translation>
    </message>
    <message>
        <source>You blocked this person: their posts are hidden from you.</source>
        <translation>Bloqueaste a esta persona: sus publicaciones están ocultas para ti.</translation>
    </message>
    <message>
        <source>There is no one called @%1 here.</source>
        <translation>Aquí no hay nadie llamado @%1.</translation>
    </message>
    <message>
        <source>You blocked this person, so their posts are hidden.</source>
        <translation>Bloqueaste a esta persona, así que sus publicaciones están ocultas.</translation>
    </message>
    <message>
        <source>None of their posts are saved on this computer yet.</source>
        <translation>Aún no hay ninguna publicación suya guardada en este equipo.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No stories yet.</source>
        <translation>Aún no hay historias.</translation>
    </message>
    <message>
        <source>No posts yet.</source>
        <translation>Aún no hay publicaciones.</translation>
    </message>
    <message>
        <source>No videos yet.</source>
        <translation>Aún no hay videos.</translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation>Aún no ha compartido nada.</translation>
    </message>
</context>
<context>
    <name>Hearth::ProfileWrites</name>
    <message>
        <source>Your profile</source>
        <translation>Tu perfil</translation>
    </message>
</context>
<context>
    <name>Hearth::ReactionIcons</name>
    <message>
        <source>Heart</source>
        <translation>Corazón</translation>
    </message>
    <message>
        <source>Hug</source>
        <translation>Abrazo</translation>
    </message>
    <message>
        <source>Me too</source>
        <translation>Yo también</translation>
    </message>
    <message>
        <source>Sending strength</source>
        <translation>Te envío fuerza</translation>
    </message>
    <message>
        <source>Thinking of you</source>
        <translation>Pienso en ti</translation>
    </message>
</context>
<context>
    <name>Hearth::ReactionPill</name>
    <message>
        <source>%1, %2, your reaction</source>
        <extracomment>a reaction&apos;s pill for screen readers: %1 is its name (&quot;Hug&quot;), %2 how many gave it</extracomment>
        <translation>%1, %2, tu reacción</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, your reaction</source>
        <translation>%1, tu reacción</translation>
    </message>
</context>
<context>
    <name>Hearth::ReactionWrites</name>
    <message>
        <source>Your reaction</source>
        <translation>Tu reacción</translation>
    </message>
</context>
<context>
    <name>Hearth::RecoveryNotice</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What Hearth repaired</source>
        <translation>Lo que Hearth reparó</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <source>Hearth found its saved copy of the community damaged and made a fresh one.</source>
        <translation>Hearth encontró dañada su copia guardada de la comunidad y creó una nueva.</translation>
    </message>
    <message>
        <source>Hearth could not find the file that keeps your unsent changes and drafts, and started a new one.</source>
        <translation>Hearth no encontró el archivo que guarda tus cambios sin enviar y tus borradores, y creó uno nuevo.</translation>
    </message>
    <message>
        <source>Hearth found the file that keeps your unsent changes and drafts damaged, and repaired it.</source>
        <translation>Hearth encontró dañado el archivo que guarda tus cambios sin enviar y tus borradores, y lo reparó.</translation>
    </message>
    <message>
        <source>Saved posts come back from the community as soon as Hearth can reach it.</source>
        <translation>Las publicaciones guardadas vuelven desde la comunidad en cuanto Hearth pueda conectar con ella.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) could be recovered, but some of your unsent changes or drafts may not have been. Please look over what you wrote recently.</source>
        <translation>
            <numerusform>Se pudo recuperar %n cambio sin enviar, pero puede que algunos de tus cambios sin enviar o borradores no. Revisa, por favor, lo que escribiste hace poco.</numerusform>
            <numerusform>Se pudieron recuperar %n cambios sin enviar, pero puede que algunos de tus cambios sin enviar o borradores no. Revisa, por favor, lo que escribiste hace poco.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your unsent changes or drafts may not have been recovered. Please look over what you wrote recently.</source>
        <translation>Puede que algunos de tus cambios sin enviar o borradores no se hayan podido recuperar. Revisa, por favor, lo que escribiste hace poco.</translation>
    </message>
    <message>
        <source>All your unsent changes and drafts were recovered.</source>
        <translation>Se recuperaron todos tus cambios sin enviar y tus borradores.</translation>
    </message>
    <message>
        <source>Your unsent changes and drafts were not affected.</source>
        <translation>Tus cambios sin enviar y tus borradores no se vieron afectados.</translation>
    </message>
</context>
<context>
    <name>Hearth::ReportAndBlock</name>
    <message>
        <source>Thank you. The community team will look at your report.</source>
        <translation>Gracias. El equipo de la comunidad revisará tu reporte.</translation>
    </message>
    <message>
        <source>Thank you. Your report will reach the community team when you are back online.</source>
        <translation>Gracias. Tu reporte llegará al equipo de la comunidad cuando vuelvas a tener conexión.</translation>
    </message>
    <message>
        <source>Block %1?</source>
        <translation>¿Bloquear a %1?</translation>
    </message>
    <message>
        <source>You won&apos;t see %1&apos;s posts and comments any more, here or on your other devices. They are not told. You can unblock them in Settings.</source>
        <translation>Ya no verás las publicaciones ni los comentarios de %1, ni aquí ni en tus otros dispositivos. No se le avisa. Puedes desbloquear a esta persona en Ajustes.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>Bloqueaste a %1.</translation>
    </message>
    <message>
        <source>Hearth could not block %1 just now. Nothing changed; please try again.</source>
        <translation>Hearth no pudo bloquear a %1 ahora mismo. No ha cambiado nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is unblocked.</source>
        <translation>Desbloqueaste a %1.</translation>
    </message>
    <message>
        <source>Hearth could not unblock %1 just now. Nothing changed; please try again.</source>
        <translation>Hearth no pudo desbloquear a %1 ahora mismo. No ha cambiado nada; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Hearth::ReportDialog</name>
    <message>
        <source>Send report</source>
        <translation>Enviar reporte</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Reportar</translation>
    </message>
    <message>
        <source>What is wrong with %1? Your report goes to the community team, not to the person who wrote it.</source>
        <translation>¿Qué problema hay con %1? Tu reporte va al equipo de la comunidad, no a quien lo escribió.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Anything the team should know (optional)</source>
        <translation>&amp;Algo que el equipo deba saber (opcional)</translation>
    </message>
    <message>
        <source>Note for the community team</source>
        <translation>Nota para el equipo de la comunidad</translation>
    </message>
    <message>
        <source>Someone may be at risk of harming themselves</source>
        <translation>Alguien podría estar en riesgo de hacerse daño</translation>
    </message>
    <message>
        <source>Harassment or bullying</source>
        <translation>Acoso o intimidación</translation>
    </message>
    <message>
        <source>Hate or discrimination</source>
        <translation>Odio o discriminación</translation>
    </message>
    <message>
        <source>Harmful misinformation</source>
        <translation>Desinformación dañina</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Spam o publicidad</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
</context>
<context>
    <name>Hearth::SafetyWrites</name>
    <message>
        <source>Your report</source>
        <translation>Tu reporte</translation>
    </message>
    <message>
        <source>Blocking or unblocking someone</source>
        <translation>Bloquear o desbloquear a alguien</translation>
    </message>
</context>
<context>
    <name>Hearth::SearchDelegate</name>
    <message>
        <source>Folded, as in the feed: open it to choose whether to read it</source>
        <translation>Plegado, como en el feed: ábrelo para decidir si quieres leerlo</translation>
    </message>
</context>
<context>
    <name>Hearth::SearchField</name>
    <message>
        <source>Search Hearth</source>
        <translation>Buscar en Hearth</translation>
    </message>
    <message>
        <source>Nothing kept on this computer matches “%1”.</source>
        <translation>Nada de lo guardado en este equipo coincide con «%1».</translation>
    </message>
    <message>
        <source>The community could not be asked just now. These are the results kept on this computer.</source>
        <translation>No se pudo consultar a la comunidad ahora mismo. Estos son los resultados guardados en este equipo.</translation>
    </message>
    <message>
        <source>Nothing more in the community.</source>
        <translation>No hay nada más en la comunidad.</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::SearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>Hearth::SearchRow</name>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>From the community</source>
        <translation>De la comunidad</translation>
    </message>
</context>
<context>
    <name>Hearth::SettingsDialog</name>
    <message>
        <source>&amp;Quiet counts: hide the numbers of reactions and comments</source>
        <translation>&amp;Sin números: ocultar cuántas reacciones y comentarios hay</translation>
    </message>
    <message>
        <source>&amp;Blur photos marked sensitive until I choose to see them</source>
        <translation>&amp;Difuminar las fotos marcadas como sensibles hasta que decida verlas</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>S&amp;ilenciar</translation>
    </message>
    <message>
        <source>&amp;Unmute</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Un&amp;block</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Reactions still work; only the numbers go.</source>
        <translation>Las reacciones siguen funcionando; solo desaparecen los números.</translation>
    </message>
    <message>
        <source>Muted words and hashtags</source>
        <translation>Palabras y hashtags silenciados</translation>
    </message>
    <message>
        <source>A word, a phrase or a #hashtag</source>
        <translation>Una palabra, una frase o un #hashtag</translation>
    </message>
    <message>
        <source>Word or hashtag to mute</source>
        <translation>Palabra o hashtag que silenciar</translation>
    </message>
    <message>
        <source>Posts and comments that mention one of these fold, and say why. Whole words only, in any case.</source>
        <translation>Las publicaciones y comentarios que mencionen alguna se pliegan y dicen por qué. Solo palabras completas, sin importar mayúsculas o minúsculas.</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>My country (from the system)</source>
        <translation>Mi país (según el sistema)</translation>
    </message>
    <message>
        <source>My country (from the system: %1)</source>
        <translation>Mi país (según el sistema: %1)</translation>
    </message>
    <message>
        <source>Another country: show international directories</source>
        <translation>Otro país: mostrar directorios internacionales</translation>
    </message>
    <message>
        <source>Country for crisis lines</source>
        <translation>País para las líneas de crisis</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Whose lines Hearth offers beside posts about suicide or self-harm. Hearth is not a crisis service.</source>
        <translation>De qué país son las líneas que Hearth ofrece junto a publicaciones sobre suicidio o autolesiones. Hearth no es un servicio de crisis.</translation>
    </message>
    <message>
        <source>Blocked people</source>
        <translation>Personas bloqueadas</translation>
    </message>
    <message>
        <source>You don&apos;t see their posts and comments. They are not told.</source>
        <translation>No ves sus publicaciones ni sus comentarios. No se les avisa.</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <comment>display name, handle</comment>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>You haven&apos;t blocked anyone.</source>
        <translation>No has bloqueado a nadie.</translation>
    </message>
    <message>
        <source>Sign in to block or unblock people.</source>
        <translation>Inicia sesión para bloquear o desbloquear a personas.</translation>
    </message>
    <message>
        <source>Someone you blocked</source>
        <translation>Alguien a quien bloqueaste</translation>
    </message>
    <message>
        <source>Language and text size take effect when Hearth restarts.</source>
        <translation>El idioma y el tamaño del texto se aplican al reiniciar Hearth.</translation>
    </message>
    <message>
        <source>Look and language</source>
        <translation>Aspecto e idioma</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colors</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s light or dark colors.</source>
        <translation>«Sistema» sigue los colores claros u oscuros del escritorio.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a text size in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>C&amp;olors:</source>
        <translation>C&amp;olores:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>Hearth::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Everything in Hearth can be done with the keyboard. These keys are the shortcuts.</source>
        <translation>En Hearth todo se puede hacer con el teclado. Estas teclas son los atajos.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>One row for each shortcut: what it does, then its keys. The rows are grouped by where they work.</source>
        <translation>Una fila por atajo: qué hace y luego sus teclas. Las filas se agrupan según dónde funcionan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a shortcut read aloud: what it does, its keys</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next control, previous control</source>
        <translation>Control siguiente, control anterior</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open a menu, or go to a field or button</source>
        <translation>Abrir un menú, o ir a un campo o botón</translation>
    </message>
    <message>
        <source>Alt and the underlined letter</source>
        <translation>Alt y la letra subrayada</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Cerrar un diálogo</translation>
    </message>
    <message>
        <source>Topic page</source>
        <translation>Página del tema</translation>
    </message>
    <message>
        <source>Next post</source>
        <translation>Publicación siguiente</translation>
    </message>
    <message>
        <source>Previous post</source>
        <translation>Publicación anterior</translation>
    </message>
    <message>
        <source>Open the post</source>
        <translation>Abrir la publicación</translation>
    </message>
    <message>
        <source>Next screenful, previous screenful</source>
        <translation>Una pantalla más abajo, una pantalla más arriba</translation>
    </message>
    <message>
        <source>First post, last post</source>
        <translation>Primera publicación, última publicación</translation>
    </message>
    <message>
        <source>The post&apos;s menu: open, react, or go to a hashtag</source>
        <translation>El menú de la publicación: abrir, reaccionar o ir a un hashtag</translation>
    </message>
    <message>
        <source>Choose what shows (on the filter tabs)</source>
        <translation>Elegir qué se muestra (en las pestañas de filtro)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>React (on a reaction button)</source>
        <translation>Reaccionar (en un botón de reacción)</translation>
    </message>
    <message>
        <source>Send the comment</source>
        <translation>Enviar el comentario</translation>
    </message>
    <message>
        <source>Stop replying or editing</source>
        <translation>Dejar de responder o editar</translation>
    </message>
    <message>
        <source>Reply to the selected comment</source>
        <translation>Responder al comentario elegido</translation>
    </message>
    <message>
        <source>Delete your selected comment</source>
        <translation>Eliminar tu comentario elegido</translation>
    </message>
    <message>
        <source>More for the selected comment</source>
        <translation>Más opciones para el comentario elegido</translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation>Reproducir o pausar el video</translation>
    </message>
    <message>
        <source>Mute or unmute the video</source>
        <translation>Silenciar o activar el sonido del video</translation>
    </message>
    <message>
        <source>Back or forward 5 seconds in the video</source>
        <translation>Retroceder o avanzar 5 segundos en el video</translation>
    </message>
    <message>
        <source>Zoom the photo in</source>
        <translation>Acercar la foto</translation>
    </message>
    <message>
        <source>Zoom the photo out</source>
        <translation>Alejar la foto</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>Ajustar la foto a la ventana</translation>
    </message>
    <message>
        <source>Show the photo at its actual size</source>
        <translation>Mostrar la foto a tamaño real</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Post it</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Close (asks whether to keep the draft)</source>
        <translation>Cerrar (pregunta si guardar el borrador)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>two keys that do the same</comment>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>Hearth::SignInDialog</name>
    <message>
        <source>&amp;Name people see</source>
        <translation>&amp;Nombre visible</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t use a secure connection (HTTPS). If you go on, your password and what you read and write there travel unprotected, and someone on the same network could see them. Go on only if you trust this network, such as your home network.</source>
        <translation>%1 no usa una conexión segura (HTTPS). Si sigues, tu contraseña y lo que leas y escribas allí viajarán sin protección, y alguien en la misma red podría verlo. Sigue solo si confías en esta red, como la de tu casa.</translation>
    </message>
    <message>
        <source>&amp;Use this unprotected connection anyway</source>
        <translation>Usar esta conexión sin protección &amp;de todos modos</translation>
    </message>
    <message>
        <source>Sign in, or create an account</source>
        <translation>Iniciar sesión o crear una cuenta</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Name people see</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>a first name or a nickname is enough</source>
        <translation>basta con un nombre o un apodo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Your password is sent only to %1. Hearth keeps the sign-in in your system&apos;s keychain, never in a file.</source>
        <translation>Tu contraseña solo se envía a %1. Hearth guarda la sesión en el llavero de tu sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t reach %1 right now. Check your connection, or try again in a moment.</source>
        <translation>Hearth no puede conectar con %1 ahora mismo. Revisa tu conexión o inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Únete a %1</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando tu cuenta…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>for example %1</source>
        <comment>%1 is an example of a handle, kept as it is</comment>
        <translation>por ejemplo, %1</translation>
    </message>
</context>
<context>
    <name>Hearth::SyncStatusLabel</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Offline: showing what is saved on this computer</source>
        <translation>Sin conexión: se muestra lo guardado en este equipo</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting to be sent</source>
        <translation>
            <numerusform>%n cambio esperando para enviarse</numerusform>
            <numerusform>%n cambios esperando para enviarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n changes…</source>
        <translation>
            <numerusform>Enviando %n cambio…</numerusform>
            <numerusform>Enviando %n cambios…</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>last synced less than a minute ago</source>
        <translation>última sincronización hace menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>last synced %n minutes ago</source>
        <translation>
            <numerusform>última sincronización hace %n minuto</numerusform>
            <numerusform>última sincronización hace %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::TopicDirectoryModel</name>
    <message>
        <source>%1: %2</source>
        <comment>a topic: name, description</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Me uní</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Sin unirte</translation>
    </message>
</context>
<context>
    <name>Hearth::TopicHeader</name>
    <message>
        <source>Explore our newsletters</source>
        <translation>Descubre nuestros boletines</translation>
    </message>
    <message>
        <source>Create a post</source>
        <translation>Crear publicación</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Write a post, a story or a video for this topic.</source>
        <translation>Escribe una publicación, una historia o un video para este tema.</translation>
    </message>
    <message numerus="yes">
        <source>%1 people</source>
        <comment>topic figures</comment>
        <translation>
            <numerusform>%1 persona</numerusform>
            <numerusform>%1 personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stories</source>
        <comment>topic figures</comment>
        <translation>
            <numerusform>%1 historia</numerusform>
            <numerusform>%1 historias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 posts</source>
        <comment>topic figures</comment>
        <translation>
            <numerusform>%1 publicación</numerusform>
            <numerusform>%1 publicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Join the conversation on %1</source>
        <translation>Únete a la conversación sobre %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Subscribe to the newsletters of %1, or unsubscribe.</source>
        <translation>Suscribirte a los boletines de %1 o cancelar la suscripción.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Me uní</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirme</translation>
    </message>
    <message>
        <source>Joining needs an account: you will be asked to sign in.</source>
        <translation>Para unirte necesitas una cuenta: se te pedirá iniciar sesión.</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Unirme a %1</translation>
    </message>
    <message>
        <source>You joined %1. Pressing it leaves the topic.</source>
        <translation>Te uniste a %1. Si lo pulsas, dejas el tema.</translation>
    </message>
    <message>
        <source>Joining adds %1 to My topics.</source>
        <translation>Al unirte, %1 se añade a «Mis temas».</translation>
    </message>
    <message>
        <source>Shows or hides what %1 is about.</source>
        <translation>Muestra u oculta de qué trata %1.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar el enlace</translation>
    </message>
    <message>
        <source>Copies a link to this topic that opens it in Hearth.</source>
        <translation>Copia un enlace a este tema que lo abre en Hearth.</translation>
    </message>
</context>
<context>
    <name>Hearth::TopicPage</name>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>J and K move between posts, Enter opens one, Space shows the next screenful.</source>
        <translation>J y K se mueven entre publicaciones, Enter abre una, Espacio muestra la siguiente pantalla.</translation>
    </message>
    <message>
        <source>What&apos;s new in %1</source>
        <translation>Lo nuevo en %1</translation>
    </message>
    <message>
        <source>You&apos;re offline, and nothing from %1 is saved on this computer yet. It will appear here once you&apos;re connected.</source>
        <translation>Estás sin conexión y aún no hay nada de %1 guardado en este equipo. Aparecerá aquí en cuanto te conectes.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>The community can&apos;t be reached right now. Press F5 to try again.</source>
        <translation>No se puede conectar con la comunidad ahora mismo. Pulsa F5 para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>No stories in %1 yet.</source>
        <translation>Aún no hay historias en %1.</translation>
    </message>
    <message>
        <source>No posts in %1 yet.</source>
        <translation>Aún no hay publicaciones en %1.</translation>
    </message>
    <message>
        <source>No videos in %1 yet.</source>
        <translation>Aún no hay videos en %1.</translation>
    </message>
    <message>
        <source>Nothing in %1 yet. Be the first to share something.</source>
        <translation>Aún no hay nada en %1. Sé la primera persona en compartir algo.</translation>
    </message>
    <message>
        <source>Which posts the feed shows: all, stories, posts or videos. Left and Right choose.</source>
        <translation>Qué muestra el feed: todo, historias, publicaciones o videos. Izquierda y Derecha eligen.</translation>
    </message>
    <message>
        <source>The order of the feed: latest first, or trending. Left and Right choose.</source>
        <translation>El orden del feed: lo más reciente primero, o las tendencias. Izquierda y Derecha eligen.</translation>
    </message>
    <message>
        <source>Folded post by %1: %2. Press Enter to show it.</source>
        <translation>Publicación plegada de %1: %2. Pulsa Enter para mostrarla.</translation>
    </message>
    <message>
        <source>Hearth repaired its saved copy of the community, so nothing from %1 is on this computer right now. Saved posts come back once you&apos;re connected.</source>
        <translation>Hearth reparó su copia guardada de la comunidad, así que ahora no hay nada de %1 en este equipo. Las publicaciones guardadas vuelven en cuanto te conectes.</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new posts</source>
        <translation>
            <numerusform>↑ %n publicación nueva</numerusform>
            <numerusform>↑ %n publicaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n new posts</source>
        <translation>
            <numerusform>Mostrar %n publicación nueva</numerusform>
            <numerusform>Mostrar %n publicaciones nuevas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::TopicRowDelegate</name>
    <message>
        <source>Joined</source>
        <translation>Me uní</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirme</translation>
    </message>
</context>
<context>
    <name>Hearth::TopicSwitcher</name>
    <message>
        <source>My topics</source>
        <translation>Mis temas</translation>
    </message>
    <message>
        <source>The topics you joined</source>
        <translation>Los temas a los que te uniste</translation>
    </message>
    <message>
        <source>Go to a topic…</source>
        <translation>Ir a un tema…</translation>
    </message>
    <message>
        <source>Go to a topic</source>
        <translation>Ir a un tema</translation>
    </message>
    <message>
        <source>Type a topic&apos;s name and press Enter.</source>
        <translation>Escribe el nombre de un tema y pulsa Enter.</translation>
    </message>
    <message>
        <source>Topics you join appear here</source>
        <translation>Aquí aparecen los temas a los que te unes</translation>
    </message>
</context>
<context>
    <name>Hearth::UnknownWrites</name>
    <message>
        <source>A change</source>
        <translation>Un cambio</translation>
    </message>
</context>
<context>
    <name>Hearth::UnsentButton</name>
    <message numerus="yes">
        <source>%n changes not sent</source>
        <translation>
            <numerusform>%n cambio sin enviar</numerusform>
            <numerusform>%n cambios sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>See why, and try again</source>
        <translation>Mira por qué e inténtalo de nuevo</translation>
    </message>
</context>
<context>
    <name>Hearth::UnsentDialog</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>&amp;Let go</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <source>The community could not take these. Nothing is lost: try again, change what you wrote, or let it go.</source>
        <translation>La comunidad no pudo aceptar esto. No se ha perdido nada: inténtalo de nuevo, cambia lo que escribiste o descártalo.</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Cambios sin enviar</translation>
    </message>
    <message>
        <source>Sends the selected change again.</source>
        <translation>Vuelve a enviar el cambio elegido.</translation>
    </message>
    <message>
        <source>Forgets the selected change.</source>
        <translation>Olvida el cambio elegido.</translation>
    </message>
    <message>
        <source>Let it go?</source>
        <translation>¿Descartarlo?</translation>
    </message>
    <message>
        <source>The community said: %1</source>
        <translation>La comunidad dijo: %1</translation>
    </message>
    <message>
        <source>Everything you wrote has been sent.</source>
        <translation>Todo lo que escribiste se ha enviado.</translation>
    </message>
    <message>
        <source>%1 will be gone from this computer. Let it go?</source>
        <translation>%1 desaparecerá de este equipo. ¿Descartarlo?</translation>
    </message>
    <message>
        <source>Opens the selected post in the composer, or the comment in its box, to change it.</source>
        <translation>Abre la publicación elegida en el editor, o el comentario en su cuadro, para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>Hearth::VideoPlayer</name>
    <message>
        <source>Sensitive video</source>
        <translation>Video sensible</translation>
    </message>
    <message>
        <source>This video&apos;s format can&apos;t be played here: a plug-in for it may be missing on this computer.</source>
        <translation>El formato de este video no se puede reproducir aquí: puede que falte un complemento en este equipo.</translation>
    </message>
    <message>
        <source>The video could not be loaded: the connection dropped.</source>
        <translation>No se pudo cargar el video: se cortó la conexión.</translation>
    </message>
    <message>
        <source>The community did not let Hearth load this video.</source>
        <translation>La comunidad no dejó que Hearth cargara este video.</translation>
    </message>
    <message>
        <source>Hearth couldn&apos;t play this video here. It may have been removed, or the connection may have dropped.</source>
        <translation>Hearth no pudo reproducir este video aquí. Puede que se haya eliminado o que se cortara la conexión.</translation>
    </message>
    <message>
        <source>Open in your video player</source>
        <translation>Abrir en tu reproductor de video</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Position (Left and Right arrow keys: 5 seconds)</source>
        <translation>Posición (flechas izquierda y derecha: 5 segundos)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Videos can&apos;t be played on this computer: its media support is missing.</source>
        <translation>En este equipo no se pueden reproducir videos: falta el soporte multimedia.</translation>
    </message>
    <message>
        <source>You can open it in your video player instead.</source>
        <translation>Puedes abrirlo en tu reproductor de video.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>%1 (K)</source>
        <translation>%1 (K)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>%1 (M)</source>
        <translation>%1 (M)</translation>
    </message>
</context>
<context>
    <name>Hearth::WindowActions</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>&amp;Go to a topic…</source>
        <translation>Ir a un &amp;tema…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>A&amp;cerca de Hearth</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Atrás (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Adelante (%1)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Ctrl+?</source>
        <translation>Ctrl+?</translation>
    </message>
    <message>
        <source>&amp;Hearth</source>
        <translation>&amp;Hearth</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Acerca de Hearth</translation>
    </message>
    <message>
        <source>Hearth %1

A calm, native place to read and share with a peer-support community: topics, posts, stories and videos, reactions and comments. It keeps working offline and sends what you write once it can.</source>
        <translation>Hearth %1

Un lugar tranquilo en tu escritorio para leer y compartir con una comunidad de apoyo mutuo: temas, publicaciones, historias y videos, reacciones y comentarios. Sigue funcionando sin conexión y envía lo que escribes en cuanto puede.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;All topics</source>
        <translation>T&amp;odos los temas</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>Bo&amp;rradores</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>&amp;My posts</source>
        <translation>&amp;Mis publicaciones</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>Call %1 from your phone. The number is copied.</source>
        <translation>Llama al %1 desde tu teléfono. El número está copiado.</translation>
    </message>
    <message>
        <source>Hearth could not open %1.</source>
        <translation>Hearth no pudo abrir %1.</translation>
    </message>
</context>
<context>
    <name>MediaUploads</name>
    <message>
        <source>Hearth has no folder to keep the file in until it is sent.</source>
        <translation>Hearth no tiene una carpeta donde guardar el archivo hasta enviarlo.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t read %1: %2</source>
        <translation>Hearth no puede leer %1: %2</translation>
    </message>
    <message>
        <source>Hearth can&apos;t create its folder %1.</source>
        <translation>Hearth no puede crear su carpeta %1.</translation>
    </message>
    <message>
        <source>Hearth can&apos;t keep a copy of %1: %2</source>
        <translation>Hearth no puede guardar una copia de %1: %2</translation>
    </message>
    <message>
        <source>The file for this post is no longer in Hearth&apos;s folder, so it can&apos;t be sent. Discard the post and write it again with the file.</source>
        <translation>El archivo de esta publicación ya no está en la carpeta de Hearth, así que no se puede enviar. Descarta la publicación y vuelve a escribirla con el archivo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hearth does not know the language “%1”. Try one of: %2.</source>
        <translation>Hearth no conoce el idioma «%1». Prueba uno de estos: %2.</translation>
    </message>
    <message>
        <source>A calm desktop client for peer-support communities.</source>
        <translation>Una aplicación de escritorio tranquila para comunidades de apoyo mutuo.</translation>
    </message>
    <message>
        <source>The community&apos;s address (by default, the one used last).</source>
        <translation>La dirección de la comunidad (por omisión, la última usada).</translation>
    </message>
    <message>
        <source>The topic to open (by default, the one shown last).</source>
        <translation>El tema que se abre (por omisión, el último mostrado).</translation>
    </message>
    <message>
        <source>Open this post (its number on the community).</source>
        <translation>Abrir esta publicación (su número en la comunidad).</translation>
    </message>
    <message>
        <source>Open the composer to write a post.</source>
        <translation>Abrir el editor para escribir una publicación.</translation>
    </message>
    <message>
        <source>Start without touching the network.</source>
        <translation>Empezar sin usar la red.</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Hearth could not open its saved posts: %1</source>
        <translation>Hearth no pudo abrir las publicaciones guardadas: %1</translation>
    </message>
    <message>
        <source>Quit once the first card of the page you will see is painted, printing the milliseconds since start and what was painted (for benchmarks). Gives up after %1 seconds with nothing to show.</source>
        <translation>Salir en cuanto se dibuje la primera tarjeta de la página que vas a ver, mostrando los milisegundos desde el inicio y lo que se dibujó (para mediciones). Se rinde tras %1 segundos si no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Hearth cannot write its log to %1 (%2): it goes to the terminal instead.</source>
        <translation>Hearth no puede escribir su registro en %1 (%2): se muestra en la terminal en su lugar.</translation>
    </message>
    <message>
        <source>Keep the cache (and the log) here instead of the standard place.</source>
        <translation>Guardar la caché (y el registro) aquí en lugar del sitio habitual.</translation>
    </message>
    <message>
        <source>Write the log to the terminal as well as to %1.</source>
        <translation>Escribir el registro en la terminal además de en %1.</translation>
    </message>
    <message>
        <source>The colors: light, dark, or system (as the desktop&apos;s). By default, those chosen in Settings.</source>
        <translation>Los colores: light (claro), dark (oscuro) o system (como el escritorio). Por defecto, los elegidos en Ajustes.</translation>
    </message>
    <message>
        <source>The language to show Hearth in: %1, optionally with a region (de_AT). Dates and numbers follow it too. By default, the one chosen in Settings, or the system&apos;s.</source>
        <translation>El idioma en que se muestra Hearth: %1, opcionalmente con una región (de_AT). Las fechas y los números también lo siguen. Por defecto, el elegido en Ajustes o el del sistema.</translation>
    </message>
    <message>
        <source>Open this person&apos;s page (their handle).</source>
        <translation>Abrir la página de esta persona (su nombre de usuario).</translation>
    </message>
    <message>
        <source>Search for these words once the window is open.</source>
        <translation>Buscar estas palabras en cuanto se abra la ventana.</translation>
    </message>
    <message>
        <source>A Hearth link to open (hearth:post/42?community=…, as Copy link makes them): a post, a comment, a topic or a person, on the community Hearth is connected to.</source>
        <translation>Un enlace de Hearth que abrir (hearth:post/42?community=…, como los que crea «Copiar el enlace»): una publicación, un comentario, un tema o una persona, en la comunidad a la que está conectado Hearth.</translation>
    </message>
    <message>
        <source>Hearth opens one link at a time.</source>
        <translation>Hearth abre un enlace cada vez.</translation>
    </message>
    <message>
        <source>Open a page of the window: directory (All topics), drafts or notifications (once signed in).</source>
        <translation>Abrir una página de la ventana: directory (Todos los temas), drafts (Borradores) o notifications (Notificaciones, tras iniciar sesión).</translation>
    </message>
    <message>
        <source>Hearth is open already: the link went to its window.</source>
        <translation>Hearth ya está abierto: el enlace se ha abierto en su ventana.</translation>
    </message>
    <message>
        <source>Hearth has no page “%1”. Try directory, drafts or notifications.</source>
        <translation>Hearth no tiene ninguna página «%1». Prueba directory, drafts o notifications.</translation>
    </message>
</context>
</TS>
