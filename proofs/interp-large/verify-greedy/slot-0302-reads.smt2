(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_807 () Int)
(declare-fun phase_866 () Int)
(declare-fun phase_867 () Int)
(declare-fun phase_868 () Int)
(declare-fun phase_869 () Int)
(declare-fun phase_870 () Int)
(declare-fun phase_871 () Int)
(declare-fun phase_872 () Int)
(declare-fun phase_873 () Int)
(declare-fun phase_874 () Int)
(declare-fun phase_875 () Int)
(declare-fun phase_876 () Int)
(declare-fun phase_877 () Int)
(declare-fun phase_878 () Int)
(declare-fun phase_879 () Int)
(declare-fun phase_880 () Int)
(declare-fun phase_881 () Int)
(declare-fun phase_882 () Int)
(declare-fun phase_883 () Int)
(declare-fun phase_884 () Int)
(declare-fun phase_885 () Int)
(declare-fun phase_887 () Int)
(declare-fun read_value () Real)
(declare-fun x_1189 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_807 12))
(assert
 (= phase_866 30))
(assert
 (= phase_867 30))
(assert
 (= phase_868 30))
(assert
 (= phase_869 30))
(assert
 (= phase_870 30))
(assert
 (= phase_871 30))
(assert
 (= phase_872 30))
(assert
 (= phase_873 30))
(assert
 (= phase_874 30))
(assert
 (= phase_875 30))
(assert
 (= phase_876 30))
(assert
 (= phase_877 30))
(assert
 (= phase_878 30))
(assert
 (= phase_879 30))
(assert
 (= phase_880 30))
(assert
 (= phase_881 30))
(assert
 (= phase_882 30))
(assert
 (= phase_883 30))
(assert
 (= phase_884 30))
(assert
 (= phase_885 30))
(assert
 (= phase_887 31))
(assert
 (let ((?x87506 (* (- 1.0) x_1189)))
 (let (($x38330 (>= boundary 31)))
 (let ((?x95926 (ite $x38330 ?x87506 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x76099 (ite $x175310 (* 1.0 x_1189) 0.0)))
 (let ((?x99859 (+ ?x76099 ?x95926)))
 (let (($x69166 (= read_value x_1189)))
 (let (($x71205 (= read_index 20)))
 (let (($x224661 (and (and $x71205 (not (= phase_807 (- phase_887 1)))) (= boundary (- phase_887 2)))))
 (let (($x122457 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x124936 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x251257 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x199087 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x86087 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x219408 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x221398 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x254651 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x159066 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x153219 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x63575 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x110152 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x40060 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x14230 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x223142 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x127053 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x227707 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x138585 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x119018 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x42366 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x56186 (or (and $x42366 $x69166) (and $x119018 $x69166) (and $x138585 $x69166) (and $x227707 $x69166) (and $x127053 $x69166) (and $x223142 $x69166) (and $x14230 $x69166) (and $x40060 $x69166) (and $x110152 $x69166) (and $x63575 $x69166) (and $x153219 $x69166) (and $x159066 $x69166) (and $x254651 $x69166) (and $x221398 $x69166) (and $x219408 $x69166) (and $x86087 $x69166) (and $x199087 $x69166) (and $x251257 $x69166) (and $x124936 $x69166) (and $x122457 $x69166) (and $x224661 $x69166))))
 (and $x56186 (and (distinct ?x99859 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
