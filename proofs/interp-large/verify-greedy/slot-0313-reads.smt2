(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_814 () Int)
(declare-fun phase_888 () Int)
(declare-fun phase_889 () Int)
(declare-fun phase_890 () Int)
(declare-fun phase_891 () Int)
(declare-fun phase_892 () Int)
(declare-fun phase_893 () Int)
(declare-fun phase_894 () Int)
(declare-fun phase_895 () Int)
(declare-fun phase_896 () Int)
(declare-fun phase_897 () Int)
(declare-fun phase_898 () Int)
(declare-fun phase_899 () Int)
(declare-fun phase_900 () Int)
(declare-fun phase_901 () Int)
(declare-fun phase_902 () Int)
(declare-fun phase_903 () Int)
(declare-fun phase_904 () Int)
(declare-fun phase_905 () Int)
(declare-fun phase_906 () Int)
(declare-fun phase_907 () Int)
(declare-fun phase_908 () Int)
(declare-fun phase_909 () Int)
(declare-fun phase_910 () Int)
(declare-fun phase_911 () Int)
(declare-fun phase_913 () Int)
(declare-fun read_value () Real)
(declare-fun x_1200 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_814 12))
(assert
 (= phase_888 34))
(assert
 (= phase_889 34))
(assert
 (= phase_890 34))
(assert
 (= phase_891 34))
(assert
 (= phase_892 34))
(assert
 (= phase_893 34))
(assert
 (= phase_894 34))
(assert
 (= phase_895 34))
(assert
 (= phase_896 34))
(assert
 (= phase_897 34))
(assert
 (= phase_898 34))
(assert
 (= phase_899 34))
(assert
 (= phase_900 34))
(assert
 (= phase_901 34))
(assert
 (= phase_902 34))
(assert
 (= phase_903 34))
(assert
 (= phase_904 34))
(assert
 (= phase_905 34))
(assert
 (= phase_906 34))
(assert
 (= phase_907 34))
(assert
 (= phase_908 34))
(assert
 (= phase_909 34))
(assert
 (= phase_910 34))
(assert
 (= phase_911 34))
(assert
 (= phase_913 35))
(assert
 (let ((?x47963 (* (- 1.0) x_1200)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x63812 (ite $x117092 ?x47963 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x45292 (ite $x175310 (* 1.0 x_1200) 0.0)))
 (let ((?x73960 (+ ?x45292 ?x63812)))
 (let (($x101422 (= read_value x_1200)))
 (let (($x193495 (= read_index 24)))
 (let (($x82741 (and (and $x193495 (not (= phase_814 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x155543 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x95925 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x91951 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x89321 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x128948 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x89887 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x276953 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x53720 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x136521 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x108201 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x238138 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x136433 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x137288 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x45468 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x190320 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x226578 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x220692 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x167901 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x276268 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x227193 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x193090 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x167937 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x148770 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x92263 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x219664 (or (and $x92263 $x101422) (and $x148770 $x101422) (and $x167937 $x101422) (and $x193090 $x101422) (and $x227193 $x101422) (and $x276268 $x101422) (and $x167901 $x101422) (and $x220692 $x101422) (and $x226578 $x101422) (and $x190320 $x101422) (and $x45468 $x101422) (and $x137288 $x101422) (and $x136433 $x101422) (and $x238138 $x101422) (and $x108201 $x101422) (and $x136521 $x101422) (and $x53720 $x101422) (and $x276953 $x101422) (and $x89887 $x101422) (and $x128948 $x101422) (and $x89321 $x101422) (and $x91951 $x101422) (and $x95925 $x101422) (and $x155543 $x101422) (and $x82741 $x101422))))
 (and $x219664 (and (distinct ?x73960 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
