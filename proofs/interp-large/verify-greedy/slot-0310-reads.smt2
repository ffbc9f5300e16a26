(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_812 () Int)
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
(declare-fun x_1197 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_812 12))
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
 (let ((?x61275 (* (- 1.0) x_1197)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x81499 (ite $x117092 ?x61275 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x54517 (ite $x175310 (* 1.0 x_1197) 0.0)))
 (let ((?x97021 (+ ?x54517 ?x81499)))
 (let (($x90262 (= read_value x_1197)))
 (let (($x193495 (= read_index 24)))
 (let (($x106670 (and (and $x193495 (not (= phase_812 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x75629 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x168383 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x137786 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x115582 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x88540 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x254649 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x137521 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x170747 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x156601 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x211454 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x65340 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x33586 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x129343 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x115348 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x164123 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x110260 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x177054 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x74814 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x87634 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x227095 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x218983 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x186952 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x123326 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x89741 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x138665 (or (and $x89741 $x90262) (and $x123326 $x90262) (and $x186952 $x90262) (and $x218983 $x90262) (and $x227095 $x90262) (and $x87634 $x90262) (and $x74814 $x90262) (and $x177054 $x90262) (and $x110260 $x90262) (and $x164123 $x90262) (and $x115348 $x90262) (and $x129343 $x90262) (and $x33586 $x90262) (and $x65340 $x90262) (and $x211454 $x90262) (and $x156601 $x90262) (and $x170747 $x90262) (and $x137521 $x90262) (and $x254649 $x90262) (and $x88540 $x90262) (and $x115582 $x90262) (and $x137786 $x90262) (and $x168383 $x90262) (and $x75629 $x90262) (and $x106670 $x90262))))
 (and $x138665 (and (distinct ?x97021 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
