(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_787 () Int)
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
(declare-fun x_1152 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_787 12))
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
 (let ((?x32426 (* (- 1.0) x_1152)))
 (let (($x117092 (>= boundary 35)))
 (let ((?x33788 (ite $x117092 ?x32426 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x16973 (ite $x175310 (* 1.0 x_1152) 0.0)))
 (let ((?x40818 (+ ?x16973 ?x33788)))
 (let (($x50694 (= read_value x_1152)))
 (let (($x193495 (= read_index 24)))
 (let (($x264220 (and (and $x193495 (not (= phase_787 (- phase_913 1)))) (= boundary (- phase_913 2)))))
 (let (($x211475 (and (and (= read_index 23) (not false)) (= boundary (- phase_911 1)))))
 (let (($x63815 (and (and (= read_index 22) (not false)) (= boundary (- phase_910 1)))))
 (let (($x251256 (and (and (= read_index 21) (not false)) (= boundary (- phase_909 1)))))
 (let (($x189013 (and (and (= read_index 20) (not false)) (= boundary (- phase_908 1)))))
 (let (($x133884 (and (and (= read_index 19) (not false)) (= boundary (- phase_907 1)))))
 (let (($x82191 (and (and (= read_index 18) (not false)) (= boundary (- phase_906 1)))))
 (let (($x84869 (and (and (= read_index 17) (not false)) (= boundary (- phase_905 1)))))
 (let (($x213369 (and (and (= read_index 16) (not false)) (= boundary (- phase_904 1)))))
 (let (($x55391 (and (and (= read_index 15) (not false)) (= boundary (- phase_903 1)))))
 (let (($x202881 (and (and (= read_index 14) (not false)) (= boundary (- phase_902 1)))))
 (let (($x31627 (and (and (= read_index 13) (not false)) (= boundary (- phase_901 1)))))
 (let (($x118798 (and (and (= read_index 12) (not false)) (= boundary (- phase_900 1)))))
 (let (($x160438 (and (and (= read_index 11) (not false)) (= boundary (- phase_899 1)))))
 (let (($x327 (and (and (= read_index 10) (not false)) (= boundary (- phase_898 1)))))
 (let (($x11186 (and (and (= read_index 9) (not false)) (= boundary (- phase_897 1)))))
 (let (($x738 (and (and (= read_index 8) (not false)) (= boundary (- phase_896 1)))))
 (let (($x123768 (and (and (= read_index 7) (not false)) (= boundary (- phase_895 1)))))
 (let (($x56447 (and (and (= read_index 6) (not false)) (= boundary (- phase_894 1)))))
 (let (($x276268 (and (and (= read_index 5) (not false)) (= boundary (- phase_893 1)))))
 (let (($x256782 (and (and (= read_index 4) (not false)) (= boundary (- phase_892 1)))))
 (let (($x211356 (and (and (= read_index 3) (not false)) (= boundary (- phase_891 1)))))
 (let (($x136521 (and (and (= read_index 2) (not false)) (= boundary (- phase_890 1)))))
 (let (($x109430 (and (and (= read_index 1) (not false)) (= boundary (- phase_889 1)))))
 (let (($x46786 (and (and (= read_index 0) (not false)) (= boundary (- phase_888 1)))))
 (let (($x182581 (or (and $x46786 $x50694) (and $x109430 $x50694) (and $x136521 $x50694) (and $x211356 $x50694) (and $x256782 $x50694) (and $x276268 $x50694) (and $x56447 $x50694) (and $x123768 $x50694) (and $x738 $x50694) (and $x11186 $x50694) (and $x327 $x50694) (and $x160438 $x50694) (and $x118798 $x50694) (and $x31627 $x50694) (and $x202881 $x50694) (and $x55391 $x50694) (and $x213369 $x50694) (and $x84869 $x50694) (and $x82191 $x50694) (and $x133884 $x50694) (and $x189013 $x50694) (and $x251256 $x50694) (and $x63815 $x50694) (and $x211475 $x50694) (and $x264220 $x50694))))
 (and $x182581 (and (distinct ?x40818 read_value) true)))))))))))))))))))))))))))))))))))))
(check-sat)
