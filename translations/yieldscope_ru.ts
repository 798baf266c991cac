<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CommandLine</name>
    <message>
        <source>Record the demo&apos;s run as it plays, without a window, in presentation layout, as numbered PNG frames (frame-000001.png, ...) in folder.</source>
        <translation>Записать прогон примера по ходу воспроизведения, без окна, в раскладке для показа, как пронумерованные кадры PNG (frame-000001.png, ...) в папку folder.</translation>
    </message>
    <message>
        <source>Record the run as an H.264 video (needs ffmpeg).</source>
        <translation>Записать прогон как видео H.264 (нужен ffmpeg).</translation>
    </message>
    <message>
        <source>Frames per second of a recording (1 to 120; default 30).</source>
        <translation>Кадров в секунду в записи (от 1 до 120; по умолчанию 30).</translation>
    </message>
    <message>
        <source>Size of a recording&apos;s frames (default 1920x1080).</source>
        <translation>Размер кадров записи (по умолчанию 1920x1080).</translation>
    </message>
    <message>
        <source>Playback speed of a recording, 0.25 to 8 (default 1).</source>
        <translation>Скорость воспроизведения в записи, от 0.25 до 8 (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Colours of a recording: light (the default), dark or high-contrast.</source>
        <translation>Цвета записи: light (светлые, по умолчанию), dark (тёмные) или high-contrast (контрастные).</translation>
    </message>
    <message>
        <source>Language of the program&apos;s text: en or ru (default: the system&apos;s).</source>
        <translation>Язык текстов программы: en или ru (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>unknown demo &apos;%1&apos; (demos: %2)</source>
        <translation>неизвестный пример «%1» (примеры: %2)</translation>
    </message>
    <message>
        <source>Makes JavaScript async iteration visible, one event at a time.</source>
        <translation>Показывает асинхронную итерацию в JavaScript наглядно, событие за событием.</translation>
    </message>
    <message>
        <source>List the demos with their parameters, defaults and ranges.</source>
        <translation>Перечислить примеры с их параметрами, значениями по умолчанию и допустимыми диапазонами.</translation>
    </message>
    <message>
        <source>The demo to run (see --list-demos).</source>
        <translation>Пример, который нужно запустить (см. --list-demos).</translation>
    </message>
    <message>
        <source>Set a parameter of the demo; repeat for more.</source>
        <translation>Задать параметр примера; для нескольких — повторить.</translation>
    </message>
    <message>
        <source>Run the demo to the end without a window and write its trace as JSON Lines to file (- for standard output).</source>
        <translation>Выполнить пример до конца без окна и записать его трассу в формате JSON Lines в файл file (- — стандартный вывод).</translation>
    </message>
    <message>
        <source>Run the demo to the end without a window and write its trace in the Trace Event Format that Perfetto and chrome://tracing open (- for standard output).</source>
        <translation>Выполнить пример до конца без окна и записать его трассу в формате Trace Event Format, который открывают Perfetto и chrome://tracing (- — стандартный вывод).</translation>
    </message>
    <message>
        <source>Write the demo&apos;s JavaScript listing, rendered with its parameters, to file (- for standard output).</source>
        <translation>Записать код примера на JavaScript с подставленными параметрами в файл file (- — стандартный вывод).</translation>
    </message>
    <message>
        <source>Run a JavaScript program of your own (a UTF-8 file of at most 1 MiB) on the embedded engine; with --trace, write its trace (the program in the header).</source>
        <translation>Выполнить свою программу на JavaScript (файл в UTF-8 не больше 1 МиБ) на встроенном движке; с --trace — записать её трассу (программа — в заголовке).</translation>
    </message>
    <message>
        <source>Run the demo to the end without a window and write it as one web page that steps through the run in any browser, offline (- for standard output).</source>
        <translation>Выполнить пример до конца без окна и записать его как одну веб-страницу, по которой прогон можно пройти по шагам в любом браузере, без сети (- — стандартный вывод).</translation>
    </message>
    <message>
        <source>Read a saved trace file and report whether it is valid: a one-line summary, or the line and the problem.</source>
        <translation>Прочитать сохранённый файл трассы и сообщить, корректен ли он: сводка в одну строку или строка файла и ошибка.</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>не удаётся писать в стандартный вывод: %1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --%2</source>
        <translation>--%1 нельзя сочетать с --%2</translation>
    </message>
    <message>
        <source>--%1 needs --record or --video</source>
        <translation>--%1 требует --record или --video</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file &apos;%3&apos;; give each its own</source>
        <translation>--%1 и --%2 указывают на один и тот же файл «%3»; дайте каждому свой</translation>
    </message>
    <message>
        <source>--script needs --trace FILE (or - for standard output)</source>
        <translation>--script требует --trace ФАЙЛ (или - для стандартного вывода)</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>unknown demo</source>
        <translation>неизвестный пример</translation>
    </message>
    <message>
        <source>%1, %2, %3 ms, %4</source>
        <translation>%1, %2, %3 мс, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>--check-trace needs a file name</source>
        <translation>--check-trace требует имя файла</translation>
    </message>
    <message>
        <source>out of memory: the run is too large for this machine&apos;s memory</source>
        <translation>не хватает памяти: прогон слишком велик для памяти этого компьютера</translation>
    </message>
    <message>
        <source>--html needs --demo NAME (demos: %1)</source>
        <translation>--html требует --demo ИМЯ (примеры: %1)</translation>
    </message>
    <message>
        <source>--chrome-trace needs --demo NAME (demos: %1)</source>
        <translation>--chrome-trace требует --demo ИМЯ (примеры: %1)</translation>
    </message>
    <message>
        <source>--trace and --listing need --demo NAME (demos: %1)</source>
        <translation>--trace и --listing требуют --demo ИМЯ (примеры: %1)</translation>
    </message>
    <message>
        <source>--%1 needs a file name (or - for standard output)</source>
        <translation>--%1 требует имя файла (или - для стандартного вывода)</translation>
    </message>
    <message>
        <source>--html is not available in this program</source>
        <translation>--html недоступен в этой программе</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (languages: en, ru)</source>
        <translation>неизвестный язык «%1» (языки: en, ru)</translation>
    </message>
    <message>
        <source>The demo to open.</source>
        <translation>Пример, который нужно открыть.</translation>
    </message>
    <message>
        <source>Colours: system (the default), light or dark.</source>
        <translation>Цвета: system (как в системе, по умолчанию), light (светлые) или dark (тёмные).</translation>
    </message>
    <message>
        <source>A saved trace to replay (File &gt; Save writes them).</source>
        <translation>Сохранённая трасса для воспроизведения (их записывает Файл &gt; Сохранить).</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (themes: system, light, dark, high-contrast)</source>
        <translation>неизвестная тема «%1» (темы: system, light, dark, high-contrast)</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --record or --video</source>
        <translation>--%1 нельзя сочетать с --record или --video</translation>
    </message>
    <message>
        <source>--record and --video need --demo NAME (demos: %1)</source>
        <translation>--record и --video требуют --demo ИМЯ (примеры: %1)</translation>
    </message>
    <message>
        <source>--fps takes %1, got &apos;%2&apos;</source>
        <translation>--fps принимает %1, получено «%2»</translation>
    </message>
    <message>
        <source>--size takes %1, got &apos;%2&apos;</source>
        <translation>--size принимает %1, получено «%2»</translation>
    </message>
    <message>
        <source>--speed takes %1, got &apos;%2&apos;</source>
        <translation>--speed принимает %1, получено «%2»</translation>
    </message>
    <message>
        <source>--theme takes light, dark or high-contrast, got &apos;%1&apos;</source>
        <translation>--theme принимает light, dark или high-contrast, получено «%1»</translation>
    </message>
    <message>
        <source>--video takes an .mp4 file that can be written: %1</source>
        <translation>--video принимает файл .mp4, доступный для записи: %1</translation>
    </message>
    <message>
        <source>--record takes a folder that can be written or created: %1</source>
        <translation>--record принимает папку, в которую можно писать или которую можно создать: %1</translation>
    </message>
    <message>
        <source>--video needs ffmpeg, which is not installed; %1</source>
        <translation>--video требует ffmpeg, а он не установлен; %1</translation>
    </message>
    <message>
        <source>recorded %1: %2 frames at %3 fps, %4, speed %5, %6 s: %7</source>
        <translation>записано %1: кадров: %2, %3 кадр/с, %4, скорость %5, %6 с: %7</translation>
    </message>
</context>
<context>
    <name>ComparePair</name>
    <message>
        <source>An array of promises: the slowest first or last</source>
        <translation>Массив промисов: самый медленный первым или последним</translation>
    </message>
    <message>
        <source>for await hands the responses over in array order: a slow first request holds back the fast ones. Promise.all, after it, waits for the slowest either way.</source>
        <translation>for await отдаёт ответы в порядке массива: медленный первый запрос задерживает быстрые. Promise.all после него в любом случае ждёт самый медленный.</translation>
    </message>
    <message>
        <source>Slowest first · latencies = 300, 100, 200</source>
        <translation>Самый медленный первым · latencies = 300, 100, 200</translation>
    </message>
    <message>
        <source>Slowest last · latencies = 100, 200, 300</source>
        <translation>Самый медленный последним · latencies = 100, 200, 300</translation>
    </message>
    <message>
        <source>A sequence: sync or async</source>
        <translation>Последовательность: синхронно или асинхронно</translation>
    </message>
    <message>
        <source>The same numbers: for…of over a sync generator has them all in one instant; for await over an async generator waits for each promise.</source>
        <translation>Те же числа: for…of по синхронному генератору получает их все в один момент; for await по асинхронному генератору ждёт каждый промис.</translation>
    </message>
    <message>
        <source>Sync · function* with for…of</source>
        <translation>Синхронно · function* с for…of</translation>
    </message>
    <message>
        <source>Async · async function* with for await, 1000 ms each</source>
        <translation>Асинхронно · async function* с for await, по 1000 мс</translation>
    </message>
    <message>
        <source>Pagination: read everything or break after 4</source>
        <translation>Постраничная загрузка: прочитать всё или выйти после 4</translation>
    </message>
    <message>
        <source>break calls return(): the generator stops, and the pages nobody reads are never fetched.</source>
        <translation>break вызывает return(): генератор останавливается, и страницы, которые никто не читает, так и не загружаются.</translation>
    </message>
    <message>
        <source>Reads every user · breakAfter = 0</source>
        <translation>Читает всех пользователей · breakAfter = 0</translation>
    </message>
    <message>
        <source>Breaks after 4 users · breakAfter = 4</source>
        <translation>Выходит после 4 пользователей · breakAfter = 4</translation>
    </message>
    <message>
        <source>A socket: a fast or a slow consumer</source>
        <translation>Сокет: быстрый или медленный потребитель</translation>
    </message>
    <message>
        <source>Messages arrive every 100 ms either way. A slow consumer lets them pile up in the buffer and finishes long after the socket closed.</source>
        <translation>Сообщения в обоих случаях приходят каждые 100 мс. У медленного потребителя они копятся в буфере, и он заканчивает намного позже закрытия сокета.</translation>
    </message>
    <message>
        <source>Fast consumer · work = 50 ms</source>
        <translation>Быстрый потребитель · work = 50 мс</translation>
    </message>
    <message>
        <source>Slow consumer · work = 250 ms</source>
        <translation>Медленный потребитель · work = 250 мс</translation>
    </message>
    <message>
        <source>range: a hand-written iterator or a generator</source>
        <translation>range: итератор вручную или генератор</translation>
    </message>
    <message>
        <source>The same values at the same times, written two ways. Only the end differs: the hand-written next() waits once more before it answers done.</source>
        <translation>Те же значения в те же моменты, написанные двумя способами. Различается только конец: написанный вручную next() ждёт ещё раз, прежде чем ответить done.</translation>
    </message>
    <message>
        <source>Hand-written · async next() returns {done, value}</source>
        <translation>Вручную · асинхронный next() возвращает {done, value}</translation>
    </message>
    <message>
        <source>Generator · async *[Symbol.asyncIterator]()</source>
        <translation>Генератор · async *[Symbol.asyncIterator]()</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Streaming a response</source>
        <translation>Потоковый ответ</translation>
    </message>
    <message>
        <source>for await over a response body&apos;s chunks, decoded with TextDecoder (stream: true or not).</source>
        <translation>for await по частям тела ответа, декодированным через TextDecoder (со stream: true или без).</translation>
    </message>
    <message>
        <source>bytes per chunk</source>
        <translation>байт в одной части</translation>
    </message>
    <message>
        <source>milliseconds between chunks</source>
        <translation>миллисекунд между частями</translation>
    </message>
    <message>
        <source>1: decode with {stream: true}; 0: without</source>
        <translation>1: декодировать с {stream: true}; 0: без</translation>
    </message>
    <message>
        <source>Cleanup on break</source>
        <translation>Очистка при break</translation>
    </message>
    <message>
        <source>Breaking out of for await calls return(): the generator&apos;s finally block runs.</source>
        <translation>Выход из for await через break вызывает return(): выполняется блок finally генератора.</translation>
    </message>
    <message>
        <source>values read before the loop breaks (0: read all)</source>
        <translation>сколько значений прочитать до выхода из цикла (0: прочитать все)</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <source>An async generator waits before each value; for await receives them one by one.</source>
        <translation>Асинхронный генератор ждёт перед каждым значением; for await получает их по одному.</translation>
    </message>
    <message>
        <source>the number counted down from</source>
        <translation>число, с которого идёт отсчёт</translation>
    </message>
    <message>
        <source>milliseconds waited before each number</source>
        <translation>миллисекунд ожидания перед каждым числом</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>An error thrown in the generator rejects next(); try/catch around for await catches it.</source>
        <translation>Ошибка, брошенная в генераторе, отклоняет next(); try/catch вокруг for await её перехватывает.</translation>
    </message>
    <message>
        <source>the page that fails</source>
        <translation>страница, на которой происходит ошибка</translation>
    </message>
    <message>
        <source>milliseconds before each page</source>
        <translation>миллисекунд перед каждой страницей</translation>
    </message>
    <message>
        <source>Numbers from a server</source>
        <translation>Числа с сервера</translation>
    </message>
    <message>
        <source>An async generator awaits the server&apos;s magic() between yields.</source>
        <translation>Асинхронный генератор между yield ждёт серверную magic().</translation>
    </message>
    <message>
        <source>milliseconds the server takes to answer</source>
        <translation>за сколько миллисекунд отвечает сервер</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Постраничная загрузка</translation>
    </message>
    <message>
        <source>An async generator fetches pages lazily and yields one user at a time; break stops the fetching.</source>
        <translation>Асинхронный генератор загружает страницы по мере надобности и выдаёт пользователей по одному; break останавливает загрузку.</translation>
    </message>
    <message>
        <source>users the API holds</source>
        <translation>сколько пользователей хранит API</translation>
    </message>
    <message>
        <source>users per page</source>
        <translation>пользователей на странице</translation>
    </message>
    <message>
        <source>milliseconds each page request takes</source>
        <translation>сколько миллисекунд занимает запрос одной страницы</translation>
    </message>
    <message>
        <source>users read before the loop breaks (0: read all)</source>
        <translation>сколько пользователей прочитать до выхода из цикла (0: прочитать всех)</translation>
    </message>
    <message>
        <source>An array of promises</source>
        <translation>Массив промисов</translation>
    </message>
    <message>
        <source>for await over fetches started at once hands them over in order; Promise.all waits for all.</source>
        <translation>for await по запросам, запущенным сразу, отдаёт их по порядку; Promise.all ждёт все.</translation>
    </message>
    <message>
        <source>milliseconds each URL takes (/a.json, /b.json, ...)</source>
        <translation>сколько миллисекунд занимает каждый URL (/a.json, /b.json, ...)</translation>
    </message>
    <message>
        <source>Range (hand-written iterator)</source>
        <translation>Диапазон (итератор вручную)</translation>
    </message>
    <message>
        <source>An object with [Symbol.asyncIterator]() whose async next() waits, then returns {done, value}.</source>
        <translation>Объект с [Symbol.asyncIterator](), чей асинхронный next() ждёт, а затем возвращает {done, value}.</translation>
    </message>
    <message>
        <source>the first value</source>
        <translation>первое значение</translation>
    </message>
    <message>
        <source>the last value</source>
        <translation>последнее значение</translation>
    </message>
    <message>
        <source>milliseconds next() waits before answering</source>
        <translation>сколько миллисекунд next() ждёт перед ответом</translation>
    </message>
    <message>
        <source>Range (async generator)</source>
        <translation>Диапазон (асинхронный генератор)</translation>
    </message>
    <message>
        <source>The range object again, its [Symbol.asyncIterator] written as an async generator.</source>
        <translation>Снова объект range, но его [Symbol.asyncIterator] написан как асинхронный генератор.</translation>
    </message>
    <message>
        <source>milliseconds waited before each value</source>
        <translation>миллисекунд ожидания перед каждым значением</translation>
    </message>
    <message>
        <source>Yielding promises</source>
        <translation>Генератор промисов</translation>
    </message>
    <message>
        <source>An async generator that yields promises: each yield waits for its promise.</source>
        <translation>Асинхронный генератор, выдающий промисы: каждый yield ждёт свой промис.</translation>
    </message>
    <message>
        <source>the first number</source>
        <translation>первое число</translation>
    </message>
    <message>
        <source>the last number</source>
        <translation>последнее число</translation>
    </message>
    <message>
        <source>milliseconds each promise takes</source>
        <translation>сколько миллисекунд выполняется каждый промис</translation>
    </message>
    <message>
        <source>Socket messages</source>
        <translation>Сообщения из сокета</translation>
    </message>
    <message>
        <source>Callbacks turned into an async generator: a slow consumer lets messages pile up in the buffer.</source>
        <translation>Колбэки, превращённые в асинхронный генератор: у медленного потребителя сообщения копятся в буфере.</translation>
    </message>
    <message>
        <source>messages the socket sends</source>
        <translation>сколько сообщений отправляет сокет</translation>
    </message>
    <message>
        <source>milliseconds between messages</source>
        <translation>миллисекунд между сообщениями</translation>
    </message>
    <message>
        <source>milliseconds the consumer spends on each message</source>
        <translation>сколько миллисекунд потребитель тратит на каждое сообщение</translation>
    </message>
    <message>
        <source>Synchronous generator</source>
        <translation>Синхронный генератор</translation>
    </message>
    <message>
        <source>function* with for...of: every step happens in the same instant.</source>
        <translation>function* с for...of: все шаги происходят в один и тот же момент.</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>целое число от %1 до %2</translation>
    </message>
    <message>
        <source>%1 to %2 integers from %3 to %4, comma-separated</source>
        <translation>от %1 до %2 целых чисел от %3 до %4 через запятую</translation>
    </message>
</context>
<context>
    <name>PresentationSize</name>
    <message>
        <source>&amp;Window (full screen)</source>
        <translation>&amp;Окно (во весь экран)</translation>
    </message>
</context>
<context>
    <name>ys::ui::AnnotationController</name>
    <message>
        <source>&amp;Pin a note…</source>
        <translation>&amp;Прикрепить заметку…</translation>
    </message>
    <message>
        <source>Remove the &amp;note</source>
        <translation>Удалить &amp;заметку</translation>
    </message>
    <message>
        <source>Pin a short note to the event shown, for the room to see</source>
        <translation>Прикрепить к показанному событию короткую заметку, чтобы её видел весь класс</translation>
    </message>
    <message>
        <source>Remove the note pinned to the event shown</source>
        <translation>Удалить заметку, прикреплённую к показанному событию</translation>
    </message>
    <message>
        <source>Pin a note</source>
        <translation>Прикрепить заметку</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>A note on event %1 (%2), shown on the timeline and saved with the run:</source>
        <translation>Заметка к событию %1 (%2); она видна на временной шкале и сохраняется вместе с прогоном:</translation>
    </message>
    <message>
        <source>Edit the note…</source>
        <translation>Изменить заметку…</translation>
    </message>
    <message>
        <source>Pin a note…</source>
        <translation>Прикрепить заметку…</translation>
    </message>
    <message>
        <source>Remove the note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <source>Edit the &amp;note…</source>
        <translation>Изменить &amp;заметку…</translation>
    </message>
</context>
<context>
    <name>ys::ui::CodeView</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>The demo&apos;s JavaScript; the current event&apos;s line is marked</source>
        <translation>Код примера на JavaScript; строка текущего события отмечена</translation>
    </message>
    <message>
        <source>The demo&apos;s JavaScript. ▶ marks the line of the current event, ▷ the previous one.</source>
        <translation>Код примера на JavaScript. ▶ отмечает строку текущего события, ▷ — предыдущего.</translation>
    </message>
</context>
<context>
    <name>ys::ui::CompareWindow</name>
    <message>
        <source>Yieldscope — Compare two runs</source>
        <translation>Yieldscope — сравнение двух прогонов</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Воспроизведение</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Сбросить</translation>
    </message>
    <message>
        <source>Run both again from the beginning</source>
        <translation>Запустить оба прогона заново с начала</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom into both timelines</source>
        <translation>Увеличить обе временные шкалы</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Zoom out of both timelines</source>
        <translation>Уменьшить обе временные шкалы</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Вместить</translation>
    </message>
    <message>
        <source>Fit both runs into the width</source>
        <translation>Вместить оба прогона по ширине</translation>
    </message>
    <message>
        <source>  Co&amp;mpare </source>
        <translation>  Ср&amp;авнить </translation>
    </message>
    <message>
        <source>Ready pair</source>
        <translation>Готовая пара</translation>
    </message>
    <message>
        <source>A ready pair of runs that differ in one thing</source>
        <translation>Готовая пара прогонов, различающихся одним</translation>
    </message>
    <message>
        <source>Demo of run %1</source>
        <translation>Пример прогона %1</translation>
    </message>
    <message>
        <source>Timeline of run %1</source>
        <translation>Временная шкала прогона %1</translation>
    </message>
    <message>
        <source>Press Space to play both runs or → to step.</source>
        <translation>Нажмите Пробел, чтобы воспроизвести оба прогона, или →, чтобы сделать шаг.</translation>
    </message>
    <message>
        <source>Your own pair: what differs is in the headings.</source>
        <translation>Ваша собственная пара: чем прогоны различаются, видно в заголовках.</translation>
    </message>
    <message>
        <source>&lt;b&gt;■ ended at t = %1&lt;/b&gt;&lt;br&gt;%2 events</source>
        <translation>&lt;b&gt;■ завершён при t = %1&lt;/b&gt;&lt;br&gt;событий: %2</translation>
    </message>
    <message>
        <source>t = %1&lt;br&gt;event %2 of %3</source>
        <translation>t = %1&lt;br&gt;событие %2 из %3</translation>
    </message>
    <message>
        <source>not started&lt;br&gt;%1 events</source>
        <translation>не начат&lt;br&gt;событий: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;(cut at %1 events)</source>
        <translation>&lt;br&gt;(обрезан на %1-м событии)</translation>
    </message>
</context>
<context>
    <name>ys::ui::ConsoleView</name>
    <message>
        <source>… 1 earlier output: scroll up to see it</source>
        <translation>… ещё 1 вывод выше: прокрутите вверх, чтобы его увидеть</translation>
    </message>
    <message>
        <source>… %L1 earlier outputs: scroll up to see them</source>
        <translation>… выше ещё выводов: %L1; прокрутите вверх, чтобы их увидеть</translation>
    </message>
</context>
<context>
    <name>ys::ui::FileProgressDialog</name>
    <message>
        <source>Saving %1</source>
        <translation>Сохранение %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Открытие %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Running the demo to its end first</source>
        <translation>Сначала пример выполняется до конца</translation>
    </message>
    <message>
        <source>%1 events so far</source>
        <translation>событий пока: %1</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>событий: %1 из %2</translation>
    </message>
</context>
<context>
    <name>ys::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системный</translation>
    </message>
</context>
<context>
    <name>ys::ui::MainWindow</name>
    <message>
        <source> — Note: “%1”</source>
        <translation> — заметка: «%1»</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Press Space to play or → to step.</source>
        <translation>Нажмите Пробел, чтобы воспроизвести, или →, чтобы сделать шаг.</translation>
    </message>
    <message>
        <source>Running the demo to its end; its last event shows when it gets there. Press Esc to stop it here.</source>
        <translation>Пример выполняется до конца; когда он дойдёт до конца, будет показано последнее событие. Нажмите Esc, чтобы остановиться здесь.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Воспроизвести</translation>
    </message>
    <message>
        <source>Play the run at the chosen speed, or pause it</source>
        <translation>Воспроизвести прогон с выбранной скоростью или приостановить его</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Шаг</translation>
    </message>
    <message>
        <source>Show the next event</source>
        <translation>Показать следующее событие</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Шаг &amp;назад</translation>
    </message>
    <message>
        <source>Show the previous event</source>
        <translation>Показать предыдущее событие</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>В &amp;начало</translation>
    </message>
    <message>
        <source>Jump to the start, before the first event</source>
        <translation>Перейти в начало, до первого события</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>В &amp;конец</translation>
    </message>
    <message>
        <source>Run to the end and show the last event</source>
        <translation>Выполнить до конца и показать последнее событие</translation>
    </message>
    <message>
        <source>S&amp;top running to the end</source>
        <translation>О&amp;становить выполнение до конца</translation>
    </message>
    <message>
        <source>Stop running to the end; what was recorded stays</source>
        <translation>Остановить выполнение до конца; записанное сохранится</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Сбросить</translation>
    </message>
    <message>
        <source>Start the run again from the beginning</source>
        <translation>Начать прогон заново с начала</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>&amp;Быстрее</translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation>Воспроизводить быстрее</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>&amp;Медленнее</translation>
    </message>
    <message>
        <source>Play slower</source>
        <translation>Воспроизводить медленнее</translation>
    </message>
    <message>
        <source>Reset &amp;parameters to defaults</source>
        <translation>Сбросить &amp;параметры к значениям по умолчанию</translation>
    </message>
    <message>
        <source>Set every parameter back to its default</source>
        <translation>Вернуть каждому параметру значение по умолчанию</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom into the timeline</source>
        <translation>Увеличить временную шкалу</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Zoom out of the timeline</source>
        <translation>Уменьшить временную шкалу</translation>
    </message>
    <message>
        <source>&amp;Fit timeline</source>
        <translation>&amp;Вместить шкалу</translation>
    </message>
    <message>
        <source>Fit the whole run into the timeline</source>
        <translation>Вместить весь прогон во временную шкалу</translation>
    </message>
    <message>
        <source>F&amp;ollow the current event</source>
        <translation>&amp;Следить за текущим событием</translation>
    </message>
    <message>
        <source>Keep the current event in view</source>
        <translation>Держать текущее событие в поле зрения</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Режим &amp;показа</translation>
    </message>
    <message>
        <source>Full screen, with larger code, timeline and narration for a classroom</source>
        <translation>Во весь экран, с крупным кодом, временной шкалой и пояснениями — для занятия в классе</translation>
    </message>
    <message>
        <source>&amp;Quiz mode</source>
        <translation>Режим &amp;викторины</translation>
    </message>
    <message>
        <source>Before each event, the class guesses what happens next</source>
        <translation>Перед каждым событием класс угадывает, что произойдёт дальше</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close Yieldscope</source>
        <translation>Закрыть Yieldscope</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>List the keys</source>
        <translation>Показать список клавиш</translation>
    </message>
    <message>
        <source>&amp;About Yieldscope</source>
        <translation>&amp;О программе Yieldscope</translation>
    </message>
    <message>
        <source>About Yieldscope</source>
        <translation>О программе Yieldscope</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Yieldscope&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Makes JavaScript async iteration visible, one event at a time: every next() call, await, yield, value received and return() of a demo, drawn on a timeline beside its code.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Yieldscope&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Показывает асинхронную итерацию в JavaScript наглядно, событие за событием: каждый вызов next(), await, yield, полученное значение и return() примера — на временной шкале рядом с его кодом.&lt;/p&gt;&lt;p&gt;Распространяется по лицензии MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Пример</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Прогон</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Контрастная</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>П&amp;анели</translation>
    </message>
    <message>
        <source>Presentation si&amp;ze</source>
        <translation>&amp;Размер для показа</translation>
    </message>
    <message>
        <source>The size presentation mode lays the window out at</source>
        <translation>Размер, под который режим показа раскладывает окно</translation>
    </message>
    <message>
        <source>&amp;Compare two runs…</source>
        <translation>&amp;Сравнить два прогона…</translation>
    </message>
    <message>
        <source>Two runs on one time axis, stepped together</source>
        <translation>Два прогона на одной оси времени, с общими шагами</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Воспроизведение</translation>
    </message>
    <message>
        <source>Playback controls</source>
        <translation>Управление воспроизведением</translation>
    </message>
    <message>
        <source>  Sp&amp;eed </source>
        <translation>  Ско&amp;рость </translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>How fast Play runs through virtual time ([ slower, ] faster)</source>
        <translation>Как быстро воспроизведение идёт по виртуальному времени ([ медленнее, ] быстрее)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Replay a saved run from a trace file</source>
        <translation>Воспроизвести сохранённый прогон из файла трассы</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>Save the whole run, with its demo and parameters, as a trace file</source>
        <translation>Сохранить весь прогон вместе с примером и параметрами как файл трассы</translation>
    </message>
    <message>
        <source>Export timeline as &amp;PNG…</source>
        <translation>Экспорт временной шкалы в &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the timeline, as shown or the whole run, as an image at 1x to 4x its size</source>
        <translation>Сохранить временную шкалу — как она показана или весь прогон — как изображение в масштабе от 1x до 4x</translation>
    </message>
    <message>
        <source>Export timeline as S&amp;VG…</source>
        <translation>Экспорт временной шкалы в S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the timeline, as shown or the whole run, as a scalable drawing</source>
        <translation>Сохранить временную шкалу — как она показана или весь прогон — как масштабируемый рисунок</translation>
    </message>
    <message>
        <source>Export as &amp;Chrome trace…</source>
        <translation>Экспорт в трассу &amp;Chrome…</translation>
    </message>
    <message>
        <source>Save the whole run for Perfetto or chrome://tracing</source>
        <translation>Сохранить весь прогон для Perfetto или chrome://tracing</translation>
    </message>
    <message>
        <source>Export as Chrome trace</source>
        <translation>Экспорт в трассу Chrome</translation>
    </message>
    <message>
        <source>Trace Event Format (*.json);;All files (*)</source>
        <translation>Trace Event Format (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export as &amp;web page…</source>
        <translation>Экспорт в &amp;веб-страницу…</translation>
    </message>
    <message>
        <source>Save the whole run as one web page that steps in any browser, offline</source>
        <translation>Сохранить весь прогон как одну веб-страницу, которую можно проходить по шагам в любом браузере без сети</translation>
    </message>
    <message>
        <source>Export as web page</source>
        <translation>Экспорт в веб-страницу</translation>
    </message>
    <message>
        <source>Web pages (*.html);;All files (*)</source>
        <translation>Веб-страницы (*.html);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export &amp;window as PNG…</source>
        <translation>Экспорт &amp;окна в PNG…</translation>
    </message>
    <message>
        <source>Save the whole window as it is shown now (code, timeline, console, narration) as an image</source>
        <translation>Сохранить всё окно в его нынешнем виде (код, временная шкала, консоль, пояснения) как изображение</translation>
    </message>
    <message>
        <source>Export the window as PNG</source>
        <translation>Экспорт окна в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Изображения PNG (*.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Записать…</translation>
    </message>
    <message>
        <source>Record the run as it plays, in presentation mode, as PNG frames or a video</source>
        <translation>Записать прогон по ходу воспроизведения, в режиме показа, как кадры PNG или видео</translation>
    </message>
    <message>
        <source>Yieldscope traces (*.jsonl);;All files (*)</source>
        <translation>Трассы Yieldscope (*.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open a trace</source>
        <translation>Открыть трассу</translation>
    </message>
    <message>
        <source>Save the run</source>
        <translation>Сохранить прогон</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Экспорт временной шкалы в PNG</translation>
    </message>
    <message>
        <source>Export the timeline as SVG</source>
        <translation>Экспорт временной шкалы в SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg);;All files (*)</source>
        <translation>Рисунки SVG (*.svg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>Не удаётся экспортировать %1</translation>
    </message>
    <message>
        <source>Exported the timeline to %1</source>
        <translation>Временная шкала экспортирована в %1</translation>
    </message>
    <message>
        <source>Cannot export %1: another file is being opened or saved</source>
        <translation>Не удаётся экспортировать %1: сейчас открывается или сохраняется другой файл</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>Не удаётся экспортировать %1: %2</translation>
    </message>
    <message>
        <source>Exporting %1 cancelled: the file is as it was</source>
        <translation>Экспорт %1 отменён: файл остался прежним</translation>
    </message>
    <message>
        <source>Exported the run to %1</source>
        <translation>Прогон экспортирован в %1</translation>
    </message>
    <message>
        <source>Cannot export %1: %2.</source>
        <translation>Не удаётся экспортировать %1: %2.</translation>
    </message>
    <message>
        <source>The timeline of a Yieldscope run</source>
        <translation>Временная шкала прогона Yieldscope</translation>
    </message>
    <message>
        <source>Exported the window to %1</source>
        <translation>Окно экспортировано в %1</translation>
    </message>
    <message>
        <source>Cannot open %1: another file is being opened or saved</source>
        <translation>Не удаётся открыть %1: сейчас открывается или сохраняется другой файл</translation>
    </message>
    <message>
        <source>Cannot save %1: another file is being opened or saved</source>
        <translation>Не удаётся сохранить %1: сейчас открывается или сохраняется другой файл</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не удаётся сохранить %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Saving %1 cancelled: the file is as it was</source>
        <translation>Сохранение %1 отменено: файл остался прежним</translation>
    </message>
    <message>
        <source>Opening %1 cancelled: the run is as it was</source>
        <translation>Открытие %1 отменено: прогон остался прежним</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>A recorded run of an unknown demo: no code to show.</source>
        <translation>Записанный прогон неизвестного примера: показать код нельзя.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n event(s)</source>
        <translation>
            <numerusform>Открыт %1: %n событие</numerusform>
            <numerusform>Открыт %1: %n события</numerusform>
            <numerusform>Открыт %1: %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>De&amp;mo</source>
        <translation>П&amp;ример</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>The program to step through (Ctrl+1, Ctrl+2, …)</source>
        <translation>Программа, которую нужно пройти по шагам (Ctrl+1, Ctrl+2, …)</translation>
    </message>
    <message>
        <source>What the demo shows</source>
        <translation>Что показывает пример</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Временная шкала</translation>
    </message>
    <message>
        <source>Every event of the run so far, one lane per actor, in virtual time. Click an event to show it.</source>
        <translation>Все события прогона на данный момент, по дорожке на каждого участника, в виртуальном времени. Щёлкните событие, чтобы его показать.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>What the program has printed with console.log so far</source>
        <translation>Что программа уже вывела через console.log</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>Состояние прогона</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Virtual time</source>
        <translation>Виртуальное время</translation>
    </message>
    <message>
        <source>Whether the program still has work to do</source>
        <translation>Осталась ли у программы работа</translation>
    </message>
    <message>
        <source>The event shown, of all recorded so far</source>
        <translation>Показанное событие среди всех записанных на данный момент</translation>
    </message>
    <message>
        <source>Virtual time of the event shown: timers and requests take no real time</source>
        <translation>Виртуальное время показанного события: таймеры и запросы не занимают реального времени</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Значение: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Console (1 output)</source>
        <translation>Консоль (1 вывод)</translation>
    </message>
    <message>
        <source>Console (%L1 outputs)</source>
        <translation>Консоль (выводов: %L1)</translation>
    </message>
    <message>
        <source>t = %1 ms</source>
        <translation>t = %1 мс</translation>
    </message>
    <message>
        <source>event %L1 of %L2</source>
        <translation>событие %L1 из %L2</translation>
    </message>
    <message>
        <source>no event yet (%L1 recorded)</source>
        <translation>событий пока нет (записано: %L1)</translation>
    </message>
    <message>
        <source>▶▶ running to the end… %L1 events (Esc to stop)</source>
        <translation>▶▶ выполнение до конца… событий: %L1 (Esc — остановить)</translation>
    </message>
    <message>
        <source>■ run ended</source>
        <translation>■ прогон завершён</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>● running</source>
        <translation>● выполняется</translation>
    </message>
    <message>
        <source>Running to the end… %L1 events so far. Esc stops.</source>
        <translation>Выполнение до конца… событий пока: %L1. Esc останавливает.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Stop running to the end (Space, Esc)</source>
        <translation>Остановить выполнение до конца (Пробел, Esc)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Пауза (Пробел)</translation>
    </message>
    <message>
        <source>Play the run at the chosen speed (Space)</source>
        <translation>Воспроизвести прогон с выбранной скоростью (Пробел)</translation>
    </message>
</context>
<context>
    <name>ys::ui::NarrationBanner</name>
    <message>
        <source>Narration</source>
        <translation>Пояснения</translation>
    </message>
    <message>
        <source>What the current event means</source>
        <translation>Что означает текущее событие</translation>
    </message>
    <message>
        <source>Current event</source>
        <translation>Текущее событие</translation>
    </message>
    <message>
        <source>■ The program has finished: nothing is left to run.</source>
        <translation>■ Программа завершилась: выполнять больше нечего.</translation>
    </message>
    <message>
        <source>Run ended</source>
        <translation>Прогон завершён</translation>
    </message>
</context>
<context>
    <name>ys::ui::ParamEditor</name>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Сбросить к значениям по &amp;умолчанию</translation>
    </message>
    <message>
        <source>Set every parameter back to its default value (restarts the run)</source>
        <translation>Вернуть каждому параметру значение по умолчанию (прогон начнётся заново)</translation>
    </message>
    <message>
        <source>Reset parameters to defaults</source>
        <translation>Сбросить параметры к значениям по умолчанию</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
</context>
<context>
    <name>ys::ui::Preferences</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>%1 is in the way of its lock file</source>
        <translation>%1 мешает созданию своего файла блокировки</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 недоступен для записи</translation>
    </message>
    <message>
        <source>Preferences cannot be saved: %1</source>
        <translation>Настройки не удаётся сохранить: %1</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Очистить список</translation>
    </message>
</context>
<context>
    <name>ys::ui::PresentationPanels</name>
    <message>
        <source>Keep the %1 in presentation mode</source>
        <translation>Оставлять «%1» в режиме показа</translation>
    </message>
    <message>
        <source>&amp;Demo and parameters</source>
        <translation>&amp;Пример и параметры</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Временная шкала</translation>
    </message>
    <message>
        <source>&amp;Narration</source>
        <translation>&amp;Пояснения</translation>
    </message>
    <message>
        <source>C&amp;onsole</source>
        <translation>К&amp;онсоль</translation>
    </message>
</context>
<context>
    <name>ys::ui::QuizPanel</name>
    <message>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
    <message>
        <source>Quiz score</source>
        <translation>Счёт викторины</translation>
    </message>
    <message>
        <source>Reset score</source>
        <translation>Сбросить счёт</translation>
    </message>
    <message>
        <source>the loop calls next()</source>
        <translation>цикл вызывает next()</translation>
    </message>
    <message>
        <source>the loop calls return()</source>
        <translation>цикл вызывает return()</translation>
    </message>
    <message>
        <source>the generator resumes</source>
        <translation>генератор продолжает работу</translation>
    </message>
    <message>
        <source>an await starts</source>
        <translation>начинается await</translation>
    </message>
    <message>
        <source>an awaited operation settles</source>
        <translation>ожидаемая операция завершается</translation>
    </message>
    <message>
        <source>the generator yields a value</source>
        <translation>генератор выдаёт значение через yield</translation>
    </message>
    <message>
        <source>the loop receives a value</source>
        <translation>цикл получает значение</translation>
    </message>
    <message>
        <source>the iteration is done</source>
        <translation>итерация закончена</translation>
    </message>
    <message>
        <source>the finally block runs</source>
        <translation>выполняется блок finally</translation>
    </message>
    <message>
        <source>an error is thrown</source>
        <translation>бросается ошибка</translation>
    </message>
    <message>
        <source>something is printed</source>
        <translation>что-то выводится</translation>
    </message>
    <message>
        <source>something arrives unasked</source>
        <translation>что-то приходит без запроса</translation>
    </message>
    <message>
        <source>the buffer changes</source>
        <translation>меняется буфер</translation>
    </message>
    <message>
        <source>after &lt;span style=&apos;%1&apos;&gt;%2&lt;/span&gt;</source>
        <translation>после &lt;span style=&apos;%1&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>to start the run</source>
        <translation>в начале прогона</translation>
    </message>
    <message>
        <source>&lt;b&gt;What happens next&lt;/b&gt;, %1? Press its number or click it.</source>
        <translation>&lt;b&gt;Что произойдёт дальше&lt;/b&gt;, %1? Нажмите номер ответа или щёлкните его.</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Right!&lt;/b&gt; It was %1: %2. Press → for the next question.</source>
        <translation>&lt;b&gt;✔ Верно!&lt;/b&gt; Это было %1: %2. Нажмите → для следующего вопроса.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not quite&lt;/b&gt; — it was %1: %2 (you chose &lt;span style=&apos;%3&apos;&gt;%4&lt;/span&gt;). Press → for the next question.</source>
        <translation>&lt;b&gt;Не совсем&lt;/b&gt; — это было %1: %2 (вы выбрали &lt;span style=&apos;%3&apos;&gt;%4&lt;/span&gt;). Нажмите → для следующего вопроса.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz mode.&lt;/b&gt; Press → and the class guesses what happens next.</source>
        <translation>&lt;b&gt;Режим викторины.&lt;/b&gt; Нажмите →, и класс угадывает, что произойдёт дальше.</translation>
    </message>
    <message>
        <source>Score: –</source>
        <translation>Счёт: –</translation>
    </message>
    <message>
        <source>Score: %1 / %2</source>
        <translation>Счёт: %1 / %2</translation>
    </message>
</context>
<context>
    <name>ys::ui::RecordDialog</name>
    <message>
        <source>Record the run</source>
        <translation>Запись прогона</translation>
    </message>
    <message>
        <source>PNG &amp;frames in a folder</source>
        <translation>&amp;Кадры PNG в папку</translation>
    </message>
    <message>
        <source>A &amp;video (.mp4, needs ffmpeg)</source>
        <translation>&amp;Видео (.mp4, нужен ffmpeg)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source> frames a second</source>
        <translation> кадр/с</translation>
    </message>
    <message>
        <source>The video&apos;s size: the window is laid out at exactly this size, in presentation mode</source>
        <translation>Размер видео: окно раскладывается ровно под этот размер, в режиме показа</translation>
    </message>
    <message>
        <source>Record to</source>
        <translation>Куда записать</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Куда</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Частота</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Размер</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>С&amp;корость</translation>
    </message>
    <message>
        <source>The run plays from its start as Play shows it, in presentation mode with the panels and theme chosen in the View menu. Cancel stops the recording and removes the frames written so far and the unfinished video.</source>
        <translation>Прогон воспроизводится с начала так же, как при обычном воспроизведении, в режиме показа с панелями и темой, выбранными в меню «Вид». «Отмена» останавливает запись и удаляет уже записанные кадры и незаконченное видео.</translation>
    </message>
    <message>
        <source>frame %v of %m</source>
        <translation>кадр %v из %m</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>A folder for the frames</source>
        <translation>Папка для кадров</translation>
    </message>
    <message>
        <source>Save the video</source>
        <translation>Сохранить видео</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>Видео MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Cannot record to this folder: %1</source>
        <translation>Не удаётся записать в эту папку: %1</translation>
    </message>
    <message>
        <source>Cannot record this video: %1</source>
        <translation>Не удаётся записать это видео: %1</translation>
    </message>
    <message>
        <source>Videos are made with ffmpeg, which is not installed: %1</source>
        <translation>Видео делается с помощью ffmpeg, а он не установлен: %1</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Cancelled after %1 frames; nothing was kept.</source>
        <translation>Отменено после кадров: %1; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The recording failed: %1</source>
        <translation>Запись не удалась: %1</translation>
    </message>
    <message>
        <source>Recorded %1 frames to %2.</source>
        <translation>Записано кадров: %1, в %2.</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>кадр %1 из %2</translation>
    </message>
    <message>
        <source>%1, about %2 s left</source>
        <translation>%1, осталось около %2 с</translation>
    </message>
    <message>
        <source>%1, about %2 min %3 s left</source>
        <translation>%1, осталось около %2 мин %3 с</translation>
    </message>
</context>
<context>
    <name>ys::ui::TimelineExportDialog</name>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Экспорт временной шкалы в PNG</translation>
    </message>
    <message>
        <source>Export the timeline as SVG</source>
        <translation>Экспорт временной шкалы в SVG</translation>
    </message>
    <message>
        <source>The view as it is shown</source>
        <translation>Вид, как он показан</translation>
    </message>
    <message>
        <source>The whole run so far, fitted</source>
        <translation>Весь прогон на данный момент, целиком</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>%1× the timeline&apos;s size</source>
        <translation>%1× размера временной шкалы</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Масштаб:</translation>
    </message>
</context>
<context>
    <name>ys::ui::TimelineView</name>
    <message>
        <source>Nothing has happened yet. Step to run the first event.</source>
        <translation>Пока ничего не произошло. Сделайте шаг, чтобы выполнить первое событие.</translation>
    </message>
</context>
<context>
    <name>ys::ui::TransportActions</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Воспроизвести</translation>
    </message>
    <message>
        <source>Play the run at the chosen speed, or pause it</source>
        <translation>Воспроизвести прогон с выбранной скоростью или приостановить его</translation>
    </message>
    <message>
        <source>Play both runs in virtual time, or pause</source>
        <translation>Воспроизвести оба прогона в виртуальном времени или приостановить</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Шаг</translation>
    </message>
    <message>
        <source>Show the next event</source>
        <translation>Показать следующее событие</translation>
    </message>
    <message>
        <source>Show the next event of either run, whichever comes first in time</source>
        <translation>Показать следующее событие того прогона, в котором оно наступает раньше</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Шаг &amp;назад</translation>
    </message>
    <message>
        <source>Show the previous event</source>
        <translation>Показать предыдущее событие</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>Отменить последний шаг</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>В &amp;начало</translation>
    </message>
    <message>
        <source>Jump to the start, before the first event</source>
        <translation>Перейти в начало, до первого события</translation>
    </message>
    <message>
        <source>Both runs back before their first event</source>
        <translation>Оба прогона — назад, до их первого события</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>В &amp;конец</translation>
    </message>
    <message>
        <source>Run to the end and show the last event</source>
        <translation>Выполнить до конца и показать последнее событие</translation>
    </message>
    <message>
        <source>Show both runs to their end</source>
        <translation>Показать оба прогона до конца</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>&amp;Быстрее</translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation>Воспроизводить быстрее</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>&amp;Медленнее</translation>
    </message>
    <message>
        <source>Play slower</source>
        <translation>Воспроизводить медленнее</translation>
    </message>
    <message>
        <source>  Sp&amp;eed </source>
        <translation>  Ско&amp;рость </translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>How fast Play runs through virtual time ([ slower, ] faster)</source>
        <translation>Как быстро воспроизведение идёт по виртуальному времени ([ медленнее, ] быстрее)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Stop running to the end (Space, Esc)</source>
        <translation>Остановить выполнение до конца (Пробел, Esc)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Пауза (Пробел)</translation>
    </message>
    <message>
        <source>Play the run at the chosen speed (Space)</source>
        <translation>Воспроизвести прогон с выбранной скоростью (Пробел)</translation>
    </message>
</context>
<context>
    <name>ys::ui::WebPageExport</name>
    <message>
        <source>more than %L1</source>
        <translation>больше %L1</translation>
    </message>
    <message>
        <source>%L1</source>
        <translation>%L1</translation>
    </message>
    <message>
        <source>the run has %1 events; a web page holds at most %L2 (step through it in Yieldscope, or choose parameters that make a shorter run)</source>
        <translation>в прогоне событий: %1; веб-страница вмещает не больше %L2 (пройдите его по шагам в Yieldscope или выберите параметры, дающие более короткий прогон)</translation>
    </message>
    <message>
        <source>a recorded run</source>
        <translation>записанный прогон</translation>
    </message>
    <message>
        <source>the run has no events</source>
        <translation>в прогоне нет событий</translation>
    </message>
    <message>
        <source>Yieldscope — %1</source>
        <translation>Yieldscope — %1</translation>
    </message>
    <message>
        <source>the timeline&apos;s drawing could not be read back</source>
        <translation>не удалось прочитать обратно рисунок временной шкалы</translation>
    </message>
    <message>
        <source>Press → or Space to step through the run; click an event to go to it.</source>
        <translation>Нажимайте → или Пробел, чтобы пройти прогон по шагам; щёлкните событие, чтобы перейти к нему.</translation>
    </message>
    <message>
        <source>■ The program has finished: nothing is left to run.</source>
        <translation>■ Программа завершилась: выполнять больше нечего.</translation>
    </message>
    <message>
        <source>the page&apos;s template is missing from this build</source>
        <translation>в этой сборке нет шаблона страницы</translation>
    </message>
</context>
</TS>
