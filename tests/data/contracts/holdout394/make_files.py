"""holdout394: writes the ten blind draft contracts, their .json labels, and checks lengths / thresholds / rules.
Run from this folder:  /work/main/.venv/bin/python -B make_files.py"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

H394Z01 = """T:岚州市科普资源共享平台建设项目政府采购合同
P:合同编号：LZKX-ZC-2025-017
P:采购方式：公开招标（招标编号：LZCG2025-GK-0386）
P:甲方（采购人）：岚州市科学技术协会
P:住所：岚州市文昌路88号科技馆大楼五层
P:乙方（中标供应商）：南京博闻云图信息技术有限公司
P:住所：南京市雨花台区软件大道166号
P:鉴于甲方就“岚州市科普资源共享平台建设项目”依法组织公开招标，乙方为该项目中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件、乙方投标文件和中标通知书，双方经协商一致，订立本合同。上述文件及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设科普资源共享平台，包括：科普资源库（图文、音视频、VR展项）、科普专家库、科普活动发布与报名积分、科普教育基地地图、青少年科技竞赛作品展示、移动端小程序及统一管理后台。
P:1.2 平台部署于甲方指定的市政务云资源。乙方负责软件安装、配置、历史资源迁移，以及与市统一身份认证平台、各县区科协网站和全国科普资源服务平台的数据对接。
P:1.3 乙方应按附件1《功能需求清单》和附件2《实施计划》完成全部工作：自合同签订之日起一百五十日内完成上线试运行，二百一十日内具备终验条件。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾玖万元整（¥1,690,000），为固定总价，包含软件许可、定制开发、资源迁移、部署实施、培训、税费及乙方完成本项目所需的全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|科普资源共享平台软件许可（永久使用）|620,000
TB:2|定制开发（资源库、专家库、活动报名、小程序）|784,000
TB:3|历史资源迁移与整合（约2.6万条）|158,000
TB:4|部署实施及等保测评配合|96,000
TB:5|管理员及县区科协人员培训|32,000
TB:合计||1,690,000
P:2.2 除甲方书面确认的需求变更外，甲方不再向乙方支付任何其他费用。需求变更涉及费用调整的，双方另行签订补充协议。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥338,000。
P:3.2 平台上线试运行满三十日并通过初验后，甲方支付合同总价的45%，即¥760,500。
P:3.3 平台通过终验后，甲方支付合同总价的35%，即¥591,500。
P:3.4 乙方每次收款前应开具等额增值税发票。甲方按财政资金支付程序办理，因财政审核造成的合理延误不视为甲方违约。
H:第四条 验收
P:4.1 初验：平台全部功能按附件1逐项测试通过；历史资源迁移后抽查比对不少于500条，差错率不高于0.5%；小程序在2,000个并发访问下页面平均响应时间不超过2秒。
P:4.2 终验：初验合格后试运行六十日，期间未发生一级故障；第三方测评机构出具的等级保护二级测评报告和软件测试报告无高风险问题；乙方已移交定制部分源代码、部署文档、操作手册及培训记录。
P:4.3 乙方书面申请验收后，甲方在十个工作日内组织验收，由甲方及其邀请的专家共同签署验收报告。平台上线、试运行或甲方实际使用平台，均不视为验收合格。
P:4.4 验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第五条 质量保证与售后服务
P:5.1 本项目免费质保期为三年，自终验合格之日起计算。质保期内，乙方免费提供缺陷修复、版本升级、安全补丁和远程技术支持，并每季度提交一次运行报告。
P:5.2 平台月可用率不低于99.95%。计划内维护须提前三日经甲方同意，且不计入不可用时间。
P:5.3 故障分级及响应：一级故障（平台整体无法访问或数据错误）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级故障（一般问题）在下一个工作日内解决。
P:5.4 乙方未达到上述标准的，一级故障响应或恢复每超时1小时扣减¥1,000；月可用率每低于约定值0.01个百分点扣减¥2,000。扣减款项从应付款项或履约保证金中抵扣。
P:5.5 质保期满后，甲方如需继续购买维护服务，年度维护费不高于平台软件许可费的8%，即每个服务年度不超过¥49,600，且在质保期满后的三个服务年度内不上调。维护服务另行签订合同，不自动续期。
H:第六条 知识产权
P:6.1 乙方为本项目定制开发的软件、源代码、数据接口、文档及迁移脚本，其知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:6.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及各县区科协、市科技馆。
P:6.3 乙方保证所交付的成果不侵犯任何第三方的知识产权；因侵权引起的一切责任由乙方承担。
H:第七条 数据安全
P:7.1 平台汇聚的科普资源、专家信息、公众注册信息及日志数据均归甲方所有。乙方仅可为履行本合同使用上述数据，不得留存、复制、向第三方提供或用于其他任何目的。
P:7.2 乙方应按照《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》和网络安全等级保护二级要求，落实访问控制、传输和存储加密、操作审计、漏洞修复等安全措施；乙方人员运维须通过甲方堡垒机进行。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第八条 保密
P:8.1 双方对履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后继续有效。
P:8.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第九条 违约责任
P:9.1 乙方逾期完成上线试运行或逾期具备终验条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:9.2 乙方交付的成果不符合合同约定且整改后仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿甲方损失。
P:9.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第十条 分包
P:10.1 本项目招标文件未允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:13.2 附件：1.功能需求清单；2.实施计划；3.乙方投标报价明细。
P:甲方（盖章）：岚州市科学技术协会　　　乙方（盖章）：南京博闻云图信息技术有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:签订日期：2025年　月　日
"""

H394Z02 = """T:废水处理站控制系统改造合同
P:合同编号：HH-SB-2025-042
P:甲方（买方）：常州恒辉表面处理有限公司
P:乙方（卖方）：江苏清源环保自控工程有限公司
P:甲方为电镀加工企业，现有含铬、含镍及综合废水处理站的控制系统老化，在线监测数据不稳定。为满足排污许可及《电镀污染物排放标准》的要求，甲方委托乙方对废水处理站控制系统进行改造。双方根据《中华人民共和国民法典》等法律规定，经友好协商，订立本合同，共同遵守。
H:一、改造范围
P:（一）更换废水处理站PLC控制柜及远程I/O，重新编制破氰、六价铬还原、混凝、沉淀、压滤各工段的控制程序；
P:（二）新增含铬、含镍车间排口及总排口在线监测仪表（pH、ORP、六价铬、总镍、COD），并与生态环境部门污染源监控平台联网；
P:（三）更换加药计量泵及变频器，实现按ORP、pH值自动投药和液位联锁；
P:（四）部署上位机组态软件、历史数据服务器及中控室操作站，保留原有手动操作回路；
P:（五）完成安装、调试、试运行、技术资料移交和操作人员培训。
H:二、合同价格
P:（一）本合同总价为人民币壹佰捌拾陆万元整（¥1,860,000），含增值税，分项见下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜及远程I/O|4套|478,000
TB:2|在线监测仪表（pH、ORP、六价铬、总镍、COD）|11台|620,000
TB:3|加药计量泵及变频器|16台|238,000
TB:4|组态软件许可、历史数据服务器及操作站|1套|184,000
TB:设备及软件小计|||1,520,000
TB:5|安装调试及管线改造|1项|196,000
TB:6|控制程序编制及联网调试|1项|124,000
TB:7|操作人员培训|1项|20,000
TB:合同总价|||1,860,000
P:（二）合同总价为固定价格，包含设备、软件、运输、保险、安装、调试、培训及税费，甲方不再承担其他费用。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即¥186,000。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%，即¥651,000。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的50%，即¥930,000。
P:（四）剩余5%即¥93,000作为质量保证金，质保期满且无未解决质量问题后十五个工作日内无息支付。
H:四、工期与验收
P:（一）乙方应在合同生效后九十日内完成设备供货，一百二十日内完成安装调试并申请验收。改造施工应分段进行，不得导致废水处理站整体停运超过八小时。
P:（二）验收标准：1.全部I/O点逐点测试正确；2.在线仪表经第三方比对监测，误差符合HJ 355等技术规范；3.自动加药连续运行十五日，各工段出水六价铬、总镍稳定达标；4.与污染源监控平台数据传输连续七日无中断；5.乙方交付程序源文件、电气图纸和操作手册。
P:（三）乙方提交验收申请后，甲方在七个工作日内组织验收并签署验收报告。设备安装、系统投运或甲方使用，均不视为验收合格。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备和软件出现质量问题的，乙方免费维修或更换，在线仪表的校准与比对由乙方免费配合。
P:（二）故障响应：一级故障（控制系统停机、出水超标风险或监测数据中断）乙方应在30分钟内电话响应，2小时内到达现场，8小时内恢复运行；二级故障2小时内响应，24小时内到场处理。
P:（三）乙方每超时1小时，甲方有权从质量保证金中扣减¥800；因乙方原因导致甲方被环保部门处罚的，乙方承担相应罚款。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按服务年度为甲方提供维保服务，内容包括每季度仪表标定、备件更换、程序维护、全天候电话支持和每月一次现场巡检。
P:（二）维保年费按设备及软件小计的32%计取，即每个服务年度¥486,400，含仪表试剂、易损件及标定耗材。该费率在质保期满后的七个服务年度内固定不变。
P:（三）维保服务按服务年度签订订单，甲方不续订的，维保服务期满终止，不自动续期。
H:七、项目管理与培训
P:（一）乙方应指派具有环保工程或自动化专业背景的项目经理常驻现场，负责施工组织、安全管理和进度协调；项目经理更换须提前七日征得甲方同意。
P:（二）施工期间，乙方应遵守甲方厂区安全管理制度，动火、登高、受限空间及带电作业须办理作业票；因乙方施工造成的人身伤害、设备损坏或环境污染事故，由乙方承担责任。
P:（三）乙方应为甲方培训中控室操作人员不少于八名、仪表维护人员不少于三名，培训内容包括工艺控制逻辑、组态画面操作、报警处置、仪表日常维护及应急手动操作，培训结束后进行考核并出具记录。
P:（四）乙方应在最终验收时移交竣工图、控制程序备份、仪表说明书、备品备件清单和维护规程各两套，并提供电子版。
H:八、数据与安全
P:（一）废水处理站运行数据、监测数据、报警记录及工艺参数归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方工业防火墙和堡垒机进行并全程录像；不得在控制网络中接入未经检测的移动存储介质。
P:（三）发生数据泄露、篡改或控制系统遭受网络攻击的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失，包括由此产生的环保处罚。
H:九、保密
P:（一）双方对在合作中获悉的对方技术资料、工艺配方和经营信息承担保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十、知识产权
P:（一）乙方为本项目编制的控制程序、组态画面、接口程序及技术文件的知识产权归甲方所有，乙方应交付全部源文件，甲方可自行修改或委托第三方维护。
P:（二）组态软件及仪表内置软件的知识产权归其权利人，乙方保证甲方获得永久使用许可。
H:十一、违约责任
P:（一）乙方逾期供货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）乙方累计承担的违约金和赔偿责任以合同总价的150%为限，但因乙方故意或重大过失造成的损失、环保处罚及人身伤害不受此限。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:（一）管线改造中的土建和防腐施工，乙方可分包给具有相应资质的单位，但须事先取得甲方书面同意；其他工作不得分包。乙方对分包单位的工作承担全部责任。
H:十三、合同解除
P:（一）乙方严重违约或逾期超过四十五日，经甲方书面催告后十日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）因本合同发生的争议，双方协商解决；协商不成的，提交常州仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：常州恒辉表面处理有限公司（盖章）　　乙方：江苏清源环保自控工程有限公司（盖章）
P:代表签字：　　　　　　　　　　　　　　　　代表签字：
P:日期：2025年　月　日
"""
H394Z03 = """弈林围棋排课及赛事管理平台订阅服务合同

合同编号：YL-IT-2025-009

甲方：杭州弈林围棋教育科技有限公司（统一管理旗下35家直营校区）
地址：杭州市西湖区文三路259号
乙方：成都课栈云科技有限公司
地址：成都市高新区天府五街200号

鉴于甲方在杭州、嘉兴、湖州三地经营35家围棋培训直营校区，需要统一的排课、课消和赛事管理工具；乙方运营“课栈云”教育培训SaaS平台。双方根据《中华人民共和国民法典》，就甲方订阅乙方平台及乙方提供实施服务事宜，达成如下协议。

第一条 服务内容
（1）乙方通过“课栈云”平台向甲方提供：排课与教室管理、学员档案、课消与续费提醒、教练课表与课酬统计、家长端小程序、段级位考试报名、校际联赛及积分赛编排（含瑞士制和循环赛自动对阵、成绩录入与等级分计算）。
（2）乙方提供实施服务：35家校区组织架构配置、历史学员及课时数据迁移、赛事模板配置、与甲方财务系统及微信支付对接、校区管理员和教练培训。
（3）开通账号：校区管理员及教练账号不超过420个，家长端账号不限。

第二条 服务期限与续期
（1）初始服务期为三个服务年度，自上线验收合格之日起算。
（2）初始服务期届满前六十日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后每次期满亦同。
（3）续期时，乙方有权根据其产品价格调整情况单方上调订阅费，每次上调幅度不超过上一服务年度订阅费的10%，乙方提前三十日书面通知甲方即可，无需取得甲方同意。

第三条 费用
（1）订阅费：每校区每服务年度¥5,040，35家校区合计每服务年度¥176,400；初始服务期订阅费合计¥529,200。
（2）实施费：¥88,000，一次性收取。
（3）本合同总金额为¥617,200。服务期内新增校区的，按同一单价按剩余服务期折算计费。

第四条 付款
（1）本合同签订后十个工作日内，甲方一次性支付第一个服务年度订阅费及全部实施费，共计¥264,400。该笔款项在平台上线之前支付。
（2）第二、第三个服务年度的订阅费，分别于该服务年度开始前十五日内支付。
（3）乙方收款前应开具增值税专用发票。

第五条 实施与上线验收
（1）乙方应于合同签订后四十五日内完成实施，并书面申请上线验收。
（2）上线验收标准：①35家校区的组织架构、课程、教练和学员数据迁移完成，随机抽查300名学员的剩余课时与原系统一致；②模拟一次300人参赛的校际联赛，对阵编排、成绩录入和等级分计算结果正确；③800名家长同时报名时，小程序提交成功且平均响应时间不超过3秒；④财务对账连续五日无差错。
（3）甲方在收到申请后七个工作日内组织测试并签署上线验收单。账号开通、试用或部分校区先行使用，均不视为验收合格。
（4）因乙方原因逾期完成上线验收的，每逾期一日，乙方向甲方支付违约金¥500。

第六条 服务水平
（1）平台月可用率不低于99.5%。每月计划维护不超过两次，每次安排在凌晨2点至5点之间并提前三日通知甲方，计划维护时间不计入不可用时间。
（2）一级故障（平台无法登录，或排课、赛事编排功能整体不可用）乙方应在1小时内响应，6小时内恢复；二级故障2小时内响应，24小时内解决；其他问题在两个工作日内答复。
（3）月可用率低于约定值但不低于99.0%的，乙方抵扣当月订阅费的5%；低于99.0%的，抵扣当月订阅费的12%；一级故障恢复超时的，每超时1小时另行抵扣¥300。抵扣金额在下一期订阅费中扣除，服务期满的由乙方退还。
（4）乙方应每月向甲方提供可用率及故障处理报告。

第七条 双方的其他义务
（1）甲方应指定总部信息负责人作为项目联系人，协调各校区提供学员、课程和教练数据，并按乙方提供的模板在约定时间内完成数据整理。
（2）甲方应确保各校区管理员妥善保管账号，不得将账号转借他人；因甲方账号保管不善造成的损失由甲方承担。
（3）乙方应为甲方配备专属客户成功经理，每季度回访一次，收集各校区使用意见，并在每学期开学前协助甲方完成课表批量导入和排课规则调整。
（4）乙方在平台版本更新前应至少提前七日通知甲方，重大功能变更须提供操作说明和在线培训；寒暑假集训及校际联赛期间，乙方不得安排非紧急的版本发布。
（5）乙方应支持甲方每年举办的春季、秋季两次校际联赛及一次段级位考试报名，赛事期间提供专人远程值守。
（6）甲方新增或关闭校区的，应提前三十日书面通知乙方，乙方在十个工作日内完成账号开通或停用，订阅费按实际校区数和剩余服务期折算。

第八条 数据归属与数据安全
（1）甲方学员（含未成年人）及家长的个人信息、课时、成绩、等级分和财务数据均归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的，不得向任何第三方提供。
（2）乙方应将数据存储在中国境内，采取加密存储、访问权限控制、操作日志留存不少于六个月、每日异地备份等措施，并落实未成年人个人信息保护的特别要求。
（3）发生个人信息泄露等数据安全事件的，乙方应在12小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担全部法律责任并赔偿甲方全部损失。
（4）服务终止后三十日内，乙方应将全部数据以通用格式交还甲方并彻底删除，出具删除证明。

第九条 保密
（1）双方对知悉的对方商业秘密、课程体系、招生价格及技术信息承担保密义务，未经对方书面同意不得披露，保密期至本合同终止后三年。

第十条 知识产权
（1）“课栈云”平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方定制的赛事规则模板、统计报表及接口程序，知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。

第十一条 责任限制
（1）乙方在本合同项下的累计赔偿责任不超过本合同总金额的1.5倍，但数据安全事件、侵犯知识产权及故意行为造成的损失不受此限。

第十二条 分包
（1）乙方不得将本合同项下的服务分包给第三方，经甲方书面同意的除外。乙方使用的云服务商为阿里云（中国境内节点），甲方签署本合同即视为书面同意。

第十三条 合同解除
（1）任何一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除合同。甲方因乙方违约解除合同的，乙方应退还未履行期间的订阅费。

第十四条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交杭州仲裁委员会仲裁。

第十五条 不可抗力
（1）因地震、洪水、疫情管控、政府行为或基础电信网络大面积故障等不可抗力导致无法履行的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。
（2）不可抗力不免除乙方对数据的备份和恢复义务。

第十六条 其他
（1）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方：杭州弈林围棋教育科技有限公司（盖章）
授权代表：
乙方：成都课栈云科技有限公司（盖章）
授权代表：
签订日期：2025年　月　日
"""

H394Z04 = """滨江市急救中心120调度指挥系统运维服务合同

项目编号：BJCG-2025-CS-112
采购方式：竞争性磋商
甲方（采购人）：滨江市急救中心
乙方（成交供应商）：合肥安联信通信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就120调度指挥系统运维服务事宜订立本合同。

1. 服务范围
1.1 乙方对甲方120调度指挥系统提供运维服务，对象包括：调度坐席软件（24席）、呼救受理与录音系统、车辆定位与派车系统、GIS地图、与公安110及消防119的联动接口、服务器及存储、调度大厅大屏及UPS。
1.2 服务内容包括：驻场运维（2名工程师，全天候轮值）、日常巡检、故障处理、软件缺陷修复和版本维护、数据库维护与备份、安全加固、配合等级保护测评、重大活动保障和年度应急演练。
1.3 乙方驻场人员应具备相应资格，人员名单经甲方确认，更换须提前十日征得甲方同意。
1.4 乙方驻场工程师应熟悉120调度业务流程，持有相关专业认证，上岗前须接受甲方保密和安全教育。
1.5 乙方每季度为甲方调度员和信息科人员开展一次系统操作或故障应急处置培训，并提供培训记录。
1.6 驻场人员因病、因事离岗的，乙方应安排同等资质人员顶岗，保证值守不间断；驻场人员应遵守甲方调度大厅管理制度，不得干扰调度员正常工作。
1.7 乙方应建立二线技术支持团队，对驻场人员无法解决的问题提供远程支持；涉及原厂软件缺陷的，乙方负责协调原厂处理并跟踪至关闭。

2. 服务期限
2.1 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
2.2 服务期满本合同终止，不自动续期。甲方如需继续采购，按政府采购程序另行确定供应商。

3. 合同价款
3.1 本合同总价为人民币陆拾陆万肆仟元整（¥664,000），为固定总价，包含人员、差旅、备品备件、工具及税费。
3.2 分项：驻场运维服务¥312,000；软件维护及版本升级¥168,000；硬件维保（服务器、存储、录音设备、大屏、UPS）¥146,000；等保测评配合及应急演练¥38,000。

4. 付款方式
4.1 本合同不设预付款。服务费按季度支付，每季度¥166,000，于该季度考核合格后十五个工作日内支付。
4.2 季度考核扣款从当季服务费中扣除；乙方应在付款前开具等额发票。

5. 服务水平
5.1 核心调度系统（呼救受理、调度派车）月可用率不低于99.99%。
5.2 故障分级与处理时限：
（1）一级故障（呼救电话无法接入、调度派车中断）：10分钟内响应，30分钟内到场，2小时内恢复；
（2）二级故障（单席位、录音或车辆定位功能异常）：30分钟内响应，6小时内恢复；
（3）三级故障（一般问题）：当日响应，三个工作日内解决。
5.3 乙方未达到服务水平的：一级故障每超时30分钟扣款¥2,000；核心调度系统月可用率每低0.01个百分点扣款¥1,500；二级故障每超时1小时扣款¥300。
5.4 重大活动保障期间，乙方应增派不少于2名工程师现场值守。

5.5 乙方应建立运维工单制度，所有故障、变更和服务请求均应在甲方运维管理平台登记，记录受理时间、处理过程和关闭时间，作为考核依据。
5.6 乙方对系统进行配置变更、版本升级或数据库操作前，应提交变更方案，经甲方信息科审批后在业务低峰时段实施，并事先完成数据备份和回退准备。

6. 考核与验收
6.1 甲方按附件《运维考核细则》每季度考核一次，考核内容包括故障处理时效、巡检报告、备份恢复演练和工单满意度，考核得分80分以上为合格。
6.2 服务期满前三十日，乙方提交年度运维总结报告。甲方按服务清单逐项核验，全部服务内容已完成、四个季度考核均合格的，签署年度验收报告。
6.3 季度考核不合格的，乙方应在十日内提交整改报告并完成整改。

7. 巡检与整改时限
7.1 乙方应每月5日前提交上月巡检报告，每季度完成一次数据备份恢复演练，并在甲方书面通知的期限内完成安全漏洞整改和版本升级。
7.2 乙方逾期提交巡检报告、逾期完成漏洞整改或版本升级的，每逾期一日，按合同总价的万分之三向甲方支付违约金。

7.3 乙方应于每年汛期、春节、国庆等重大节假日前完成专项巡检，对调度坐席、录音系统、线路中继和UPS电池进行全面检查，并向甲方提交专项保障方案。
7.4 乙方应每半年组织一次应急切换演练，验证备用调度坐席、备用线路和异地备份数据的可用性，演练方案和结果报告报甲方备案。

8. 分包
8.1 乙方可将调度大厅大屏、UPS等设备的现场维保工作交由设备原厂或其授权服务商承担，但应提前五个工作日书面告知甲方。乙方对其工作质量承担责任。

9. 数据安全
9.1 调度数据、通话录音、患者信息、车辆轨迹等全部数据归甲方所有。乙方仅能为运维目的在甲方机房内访问，不得复制、导出或用于其他任何目的。
9.2 乙方人员须签署安全承诺，通过甲方堡垒机操作，遵守网络安全等级保护三级要求；更换下的硬盘等存储介质留甲方销毁。
9.3 发生数据泄露或网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

10. 保密
10.1 乙方及其人员对工作中接触的患者信息、调度预案、网络结构和账号口令负有保密义务，不得向任何第三方披露。
10.2 保密义务不因本合同终止而解除。

11. 知识产权
11.1 乙方在运维过程中为甲方编写的脚本、报表模板和技术文档，知识产权归甲方所有，乙方应在服务期满时全部移交。

12. 违约与解除
12.1 乙方严重违约，包括一个季度内两次一级故障超时，或连续两个季度考核不合格，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并按已履行期间结算费用。
12.2 乙方违约给甲方造成损失的，应予赔偿。

12.3 甲方解除合同的，乙方应在甲方确定新的服务供应商前继续提供不少于三十日的过渡服务，并完成全部资料、账号、口令及运维文档的移交。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 因本合同产生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
14.2 附件：运维服务清单、运维考核细则、驻场人员名单。
14.3 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：滨江市急救中心　　　　　　乙方（盖章）：合肥安联信通信息技术有限公司
法定代表人或授权代表：　　　　　　　　　法定代表人或授权代表：
日期：2025年　月　日
"""

H394Z05 = """# 易企通ERP软件许可及实施合同

> 本合同采用乙方《易企通ERP标准合同文本 V5.0》。

合同编号：YQT-2025-0731

甲方（用户）：眉山坛香食品有限公司
乙方（供应商）：成都易企通软件有限公司

甲方主营四川泡菜、酸菜及调味品的生产和销售，拟上线ERP系统以统一管理原料收购、发酵生产、质量追溯和销售。乙方为易企通ERP软件的开发商。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供易企通ERP标准模块软件许可，包括财务、采购、销售、库存、生产和质量追溯模块，授权用户数60个，许可期限为永久。

1.2 乙方在标准产品基础上为甲方进行定制开发：发酵池（窖池）批次管理、腌制周期与盐度记录、原料青菜收购过磅对接、成品追溯码生成以及与甲方包装线MES的接口。

1.3 乙方提供实施服务：业务调研、系统配置、期初数据初始化、用户培训和上线支持。

1.4 软件运行所需的服务器、操作系统、数据库、扫码枪、地磅仪表及标签打印机由甲方自行采购，不在本合同范围内。乙方可提供配置建议，但不对第三方产品的兼容性承担责任。

1.5 系统的功能以乙方产品说明书和双方签字确认的需求规格说明书为准，未列明的功能不属于乙方交付范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | ERP标准模块软件许可（60用户，永久） | 420,000 |
| 2 | 定制开发（发酵批次、腌制周期、过磅对接、追溯码、MES接口） | 360,000 |
| 3 | 实施及数据初始化 | 110,000 |
| 4 | 培训 | 18,000 |
| | 合计 | 908,000 |

2.1 上述价款含税。超出双方确认需求范围的开发，按乙方人天单价另行计费。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的55%，即¥499,400，作为预付款；乙方收到该款项后启动实施。

3.2 系统上线后十个工作日内，甲方支付合同总价的45%，即¥408,600。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停实施和维护服务。

3.4 乙方在收到款项前向甲方开具增值税专用发票。软件许可部分按照国家软件产品增值税政策执行。

3.5 合同履行过程中发生的差旅费已包含在实施费中，但甲方要求乙方人员在非工作日加班或赴甲方外地仓库现场服务的，按乙方人天单价另行计费。

## 第四条 实施与交付

4.1 乙方将尽合理努力按双方确认的实施计划推进。实施计划仅供参考，实际进度以项目情况为准。

4.2 因甲方需求变更、数据准备不及时、人员配合不到位等原因造成延期的，工期相应顺延，乙方不承担责任。

4.3 甲方应指定项目负责人，及时确认需求文档和测试结果。甲方在五个工作日内未提出书面意见的，视为确认。

4.4 乙方实施方法论分为调研、蓝图设计、系统配置、定制开发、数据初始化、用户培训和上线支持七个阶段。各阶段成果文档由甲方签字确认，甲方签字后再提出的变更，按需求变更处理。

4.5 甲方应提供实施所需的服务器、操作系统、数据库和网络环境，并在乙方进场前完成准备。因甲方环境不满足要求造成的延误，乙方不承担责任。

4.6 乙方负责原料收购、库存、生产和财务期初数据的导入，甲方负责数据的完整性和准确性。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的问题，作为维护问题处理，不影响验收结论和付款。

## 第六条 知识产权

6.1 易企通ERP产品，以及乙方为本项目定制开发的程序、源代码、报表模板和接口的全部知识产权，均归乙方所有。

6.2 甲方就定制功能获得非独占的使用权，仅限于甲方内部使用，不得修改、反编译或许可第三方使用。乙方有权将定制功能纳入其标准产品，向其他客户销售。

## 第七条 维护服务

7.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。远程支持通过乙方客服热线、在线工单和远程桌面方式提供，服务时间为工作日上午九点至下午六点。

7.5 免费维护不包括：甲方自行修改配置或数据造成的问题、第三方软硬件故障、因甲方业务变化而提出的新需求，以及病毒、断电等外部原因造成的系统异常。上述问题乙方可协助处理，按人天单价收费。

7.2 一级故障（系统无法登录或无法开具出入库单）乙方在接到甲方通知后8小时内响应；二级故障在两个工作日内响应；其他问题在后续版本中统一解决。

7.3 乙方不因响应或修复超时承担任何扣款、赔偿或违约金。

7.4 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的服务价格标准购买年度维护服务，乙方有权每年调整价格。

## 第八条 数据

8.1 甲方的业务数据归甲方所有。乙方仅为实施和维护目的访问甲方数据，不得用于其他目的。

8.2 乙方远程维护须经甲方授权，并采取账号权限控制和操作日志记录等安全措施。发生数据泄露的，乙方应在24小时内告知甲方；因乙方原因造成数据安全事件的，由乙方承担赔偿责任。

8.3 甲方应自行做好数据库日常备份。乙方提供的备份工具仅作为辅助手段。

## 第九条 保密

9.1 双方对因本合同知悉的对方商业秘密和技术信息承担保密义务，保密期至合同终止后两年。乙方的产品报价和合同文本亦属乙方商业秘密。

9.2 甲方不得向第三方展示乙方系统界面、技术文档及实施方法论，不得聘请第三方对乙方软件进行评测或对比。

## 第十条 责任限制

10.1 乙方在本合同项下的全部责任，包括违约责任和赔偿责任，以合同总价的20%为限。

10.2 乙方不承担任何间接损失、利润损失或商誉损失。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面通知后三十日内未纠正的，守约方可解除合同。

11.2 合同解除后，乙方已收取的软件许可费不予退还。

11.3 因不可抗力导致合同无法履行的，双方互不承担责任，但应及时通知对方并提供证明材料。

11.4 乙方为甲方提供关键用户培训和最终用户培训各一轮，培训在甲方眉山工厂进行，培训人数不超过四十人。超出部分按乙方培训报价另行收费。

11.5 乙方提供电子版用户手册。纸质手册、视频教程及后续新版本的培训另行收费。

## 第十二条 争议解决

12.1 因本合同发生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 第十三条 其他

13.1 本合同未尽事宜，由双方另行协商并签订书面补充协议。

13.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方：眉山坛香食品有限公司（盖章）　　　　乙方：成都易企通软件有限公司（盖章）

授权代表：　　　　　　　　　　　　　　　授权代表：

日期：2025年　月　日
"""
H394E01 = """T:SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. YL-RS-2025-06
P:This Software Licence and Customisation Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Shouxian Yuelan Lantern Crafts Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 17 Beimen Street, Shouxian, Huainan, Anhui Province (the "Buyer"); and
P:(2) Rupsha Softworks Ltd., a company incorporated in Bangladesh, with its registered office at 42 KDA Avenue, Khulna 9100, Bangladesh (the "Vendor").
H:Recitals
P:A. The Buyer makes traditional paper lanterns and festival lantern sets. Its designers still draw bamboo and wire frames by hand, and the Buyer wishes to move frame design, cutting plans and bending instructions to software.
P:B. The Vendor publishes FrameCraft, a design application for lightweight frame structures, and has offered to licence it to the Buyer and to build the customisations described in Annex 1.
P:C. At the Buyer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the FrameCraft desktop application, version 6, in object code, with its user documentation.
P:1.2 "Custom Deliverables" means everything the Vendor creates for the Buyer under this Agreement, in particular the bending-machine interface module and the digitised lantern template library described in Annex 1, with their source code, data files and documentation.
P:1.3 "Final Acceptance" means the Buyer's signature of the acceptance certificate under Article 5.
P:1.4 "Business Day" means a day on which banks are open in Huainan.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer perpetual, non-exclusive licences to install and use the Software on fourteen (14) named workstations at the Buyer's premises in Shouxian.
P:2.2 The Vendor shall develop, deliver and install the Custom Deliverables, install and configure the Software, and train the Buyer's designers and workshop staff.
P:2.3 The Vendor shall complete installation within seventy (70) days after signature and shall be ready for Final Acceptance within one hundred and ten (110) days after signature.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 650,000 (the "Contract Price"), inclusive of Chinese and Bangladeshi taxes, travel and all other costs. It is made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Software perpetual licences, 14 workstations at CNY 26,500|371,000
TB:2|Bending-machine interface module (custom)|128,000
TB:3|Digitisation of 60 traditional lantern frames into a template library (custom)|96,000
TB:4|Installation and configuration|34,000
TB:5|Training (designers and workshop staff)|21,000
TB:Total Contract Price||650,000
P:3.2 The Licence Subtotal for the purposes of Article 6 is item 1, CNY 371,000.
H:Article 4 Payment
P:4.1 The Buyer shall pay twenty per cent (20%) of the Contract Price, CNY 130,000, within fifteen Business Days after signature, against the Vendor's invoice.
P:4.2 The Buyer shall pay forty-five per cent (45%), CNY 292,500, after installation of the Software and the Custom Deliverables on all workstations. Installation is not acceptance.
P:4.3 The Buyer shall pay the remaining thirty-five per cent (35%), CNY 227,500, within twenty Business Days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice. Bank charges outside China are for the Vendor's account.
H:Article 5 Acceptance
P:5.1 Final Acceptance tests shall show that: (a) each of the 60 template frames opens in the Software and matches the Buyer's master drawings within 2 mm; (b) the interface module sends bending programs to the Buyer's two wire-bending machines and ten sample frames are bent correctly; (c) a cutting plan for a festival set of 200 lanterns is generated in less than 3 minutes; and (d) the Software runs for twenty consecutive working days without a Severity 1 fault.
P:5.2 The Buyer shall run the tests with the Vendor within ten Business Days after the Vendor's written notice of readiness and shall sign the acceptance certificate when all criteria are met. Installation, training or productive use do not amount to acceptance.
P:5.3 If a test fails, the Vendor shall correct the fault and the test shall be repeated at the Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 for twenty-four (24) months after Final Acceptance (the "Warranty Period") and shall correct any non-conformity free of charge.
P:6.2 During the Warranty Period the Vendor shall provide remote support in Chinese or English from 08:00 to 20:00 Beijing time, seven days a week. For a Severity 1 fault (the Software cannot be used on any workstation, or the interface module stops the bending machines) the Vendor shall respond within two (2) hours and provide a workaround within one Business Day. Severity 2 faults shall be answered within one Business Day.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Buyer may deduct CNY 300 from any amount due or claim it from the Vendor.
P:6.4 After the Warranty Period the Buyer may order annual support at a fee of eleven per cent (11%) of the Licence Subtotal, that is CNY 40,810 per Support Year, fixed for the first three Support Years after the Warranty Period. Support is ordered by purchase order for each Support Year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor.
P:7.2 All intellectual property rights in the Custom Deliverables, including the digitised template library and the interface module, shall vest in the Vendor upon creation. The Vendor grants the Buyer a non-exclusive, non-transferable licence to use the Custom Deliverables for the Buyer's internal business only. The Buyer shall not modify, adapt or reverse engineer the Custom Deliverables or allow any third party to do so, and the Vendor may use the Custom Deliverables for other customers.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear any damages awarded.
H:Article 8 Buyer Data and Security
P:8.1 Design files, drawings, customer orders and other data of the Buyer ("Buyer Data") belong to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not keep copies after the work is done.
P:8.2 The Vendor shall access the Buyer's systems remotely only through a session opened by the Buyer for each support case, using named accounts and multi-factor authentication. The Vendor shall keep its own systems patched and protected by anti-malware tools and shall not store Buyer Data outside the Buyer's premises.
P:8.3 The Vendor shall notify the Buyer within twenty-four hours of any actual or suspected loss of, or unauthorised access to, Buyer Data and shall bear all losses and costs caused to the Buyer by a security incident attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's designs, customer lists and prices, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor is not ready for Final Acceptance by the date in Article 2.3, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to ten per cent (10%) of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement is limited to two times (2x) the Contract Price. The limit does not apply to Article 7.3, to breach of Articles 8 and 9, or to wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any subcontractor so approved.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and, apart from the licences, ends when the Warranty Period expires.
P:12.2 Once the Vendor has started work, neither party may terminate this Agreement for breach. The Buyer's remedies for any breach by the Vendor, however serious, are limited to the delay damages under Article 10.1 and correction of the fault by the Vendor, and the Buyer shall continue to perform its own obligations.
P:12.3 Either party may terminate this Agreement if force majeure prevents performance for more than ninety (90) days.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be referred to the Hefei Arbitration Commission for arbitration in Hefei under its rules in force at the time. The award is final and binding on both parties.
H:Article 14 General
P:14.1 This Agreement is made in English and Chinese; both texts are equally valid. Annex 1 (Functional Specification and Custom Deliverables) forms part of it.
P:14.2 Notices shall be in writing and sent by courier or e-mail to the addresses above.
P:For the Buyer: Shouxian Yuelan Lantern Crafts Co., Ltd.    Name:              Signature:              Date:
P:For the Vendor: Rupsha Softworks Ltd.    Name:              Signature:              Date:
"""
H394E02 = """# Chenab Cloud Systems: Order Form and General Terms

**Order Form No.** CCS-OF-2025-118
**Date of this Order Form:** ____ 2025

## Part A: Order Form

### A1. Parties

| Role | Party |
|---|---|
| Customer | Ordos Xiangsha Desert Tourism Co., Ltd., Xiangsha Bay Scenic Area, Dalad Banner, Ordos, Inner Mongolia, People's Republic of China |
| Vendor | Chenab Cloud Systems (Private) Limited, 9 Paris Road, Sialkot 51310, Punjab, Pakistan |

The Customer operates camel rides, sand-sled runs and guided desert walks in the Xiangsha Bay scenic area. It orders the Vendor's RideDesk booking platform for these activities on the terms of this Order Form (Part A) and the General Terms (Part B). If Part A and Part B differ, Part A prevails.

### A2. Services

A2.1 RideDesk online booking and ticketing for camel rides and other activities, with time-slot and camel-string capacity planning, a WeChat mini-program for visitors, QR ticket check at the three camel stations, waiver signature, group and travel-agency booking, daily settlement reports and a handler roster.

A2.2 Onboarding: configuration of the Customer's activities, prices, capacity rules and stations; connection to the Customer's WeChat Pay merchant account and to the scenic area's gate system; training of ticket-office staff and handlers.

A2.3 Hosting: the platform is hosted for the Customer on Alibaba Cloud in its Beijing region.

### A3. Term

A3.1 The Subscription Start Date is the date of Go-Live Acceptance under A5. The Initial Term is three Subscription Years from that date.

A3.2 After the Initial Term the subscription renews for further Subscription Years at the same Subscription Fee, unless either party gives written notice of non-renewal at least forty-five days before the end of the current Subscription Year. The Subscription Fee does not change on renewal unless both parties agree in writing.

### A4. Fees (all amounts in CNY, at the Customer's request)

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, 3 Subscription Years | 138,000 per Subscription Year; 414,000 for the Initial Term |
| Onboarding Fee | one-time | 46,000 |
| Total fees for the Initial Term | | 460,000 |
| SMS notifications above 150,000 per Subscription Year | usage | CNY 0.06 per message |

A4.1 The Subscription Fee is invoiced annually in advance on the first day of each Subscription Year and is payable within thirty days of the invoice. The Onboarding Fee is invoiced on Go-Live Acceptance. Nothing is invoiced or payable before Go-Live Acceptance.

A4.2 Fees include VAT. The Vendor shall issue a valid invoice through its Chinese billing agent.

### A5. Onboarding and Go-Live Acceptance

A5.1 The Vendor shall make the platform ready for Go-Live Acceptance by 31 March 2026 (the "Target Go-Live Date"), before the spring season.

A5.2 Go-Live Acceptance tests: (a) booking, payment, refund and ticket check work end to end for every activity; (b) WeChat Pay settlement for ten test days matches the platform reports to the fen; (c) the platform accepts 2,000 concurrent bookings with an average response below 2 seconds; (d) the gate-system interface opens the gates for valid tickets only.

A5.3 The Customer signs a Go-Live Acceptance certificate when the tests are passed. A soft launch or the Customer's use of the platform is not Go-Live Acceptance.

A5.4 If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 400 for each day of delay, up to CNY 46,000.

### A6. Service Levels

A6.1 Monthly availability of the booking and ticket-check functions: at least 99.95%, excluding maintenance announced three days ahead and carried out between 01:00 and 05:00 Beijing time.

A6.2 Priority 1 incidents (visitors cannot book or tickets cannot be checked at any station): response within 30 minutes and restoration within 3 hours, every day of the year. Priority 2 incidents: response within 2 hours, fix within 2 business days. Priority 3: next business day.

A6.3 Service credits: if availability in a month is below the commitment, 10% of one twelfth of the annual Subscription Fee; below 99.5%, 25%. For each full hour by which a Priority 1 restoration is late, a further credit of CNY 500. Credits are deducted from the next invoice or refunded at the end of the term.

### A7. Signatures

For the Customer: ____________________ Name, title, date

For the Vendor: ____________________ Name, title, date

## Part B: General Terms

### B1. Definitions

"Customer Data" means all data entered into or generated by the platform for the Customer, including visitor names, phone numbers, identity-card numbers recorded for waivers, bookings, payments and handler records. "Customer Configurations" means the activity set-ups, pricing rules, capacity rules, waiver texts and report layouts created for the Customer.

### B2. Use of the Platform

B2.1 The Vendor grants the Customer and its staff the right to use the platform during the term. The Customer shall not resell the platform or use it for activities outside the Xiangsha Bay scenic area without the Vendor's consent.

B2.2 The Vendor may update the platform from time to time, provided the functions in A2 are not reduced.

### B3. Customer Data

B3.1 The Customer owns the Customer Data.

B3.2 The Customer grants the Vendor a licence to use the Customer Data to provide the services. The Customer also agrees that the Vendor may compile anonymised and aggregated data from the Customer Data, such as visitor volumes, booking patterns, prices and no-show rates, and use it to improve and market its products, to train its demand-forecasting models and to publish tourism benchmarks, during the term and afterwards.

B3.3 At the end of the term the Vendor shall make a full export of the Customer Data available for thirty days.

### B4. Customer Configurations

B4.1 Customer Configurations belong to the Customer. The Customer may use, copy and modify them freely and may give them to any successor provider. The RideDesk platform itself remains the Vendor's property.

### B5. Confidentiality

B5.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this agreement and disclose it only to staff and advisers who need it and are bound by similar duties. This duty lasts for three years after the end of the agreement.

### B6. Subcontracting

B6.1 The hosting provider named in A2.3 is approved on signature. The Vendor shall not subcontract any other part of the services without the Customer's prior written consent and remains responsible for its subcontractors.

### B7. Warranties

B7.1 The Vendor warrants that the platform will perform materially as described in A2 and that the services will be provided with reasonable skill and care.

### B8. Liability

B8.1 The Vendor's total liability under this agreement is limited to 150% of the total fees for the Initial Term stated in A4.

B8.2 Neither party is liable for loss of profit or indirect loss, except for breach of B5.

### B9. Termination

B9.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the prepaid Subscription Fee for the remaining months.

B9.2 The Customer may also terminate if the monthly availability falls below 99.5% in three consecutive months.

### B10. Suspension and Force Majeure

B10.1 The Vendor may suspend access only if an undisputed invoice remains unpaid sixty days after a written reminder, and must give ten days' notice before doing so. The Vendor shall not suspend access during the Golden Week holidays in May and October.

B10.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as sandstorms that close the scenic area, floods, earthquakes, epidemics, government orders or a general failure of public telecommunication networks. The affected party shall inform the other promptly and resume performance as soon as possible. Force majeure does not excuse the Vendor's duty to keep backups of the Customer Data and to restore them.

### B11. Support and Training

B11.1 The Vendor shall provide a Chinese-speaking support line during the Customer's opening hours, from 06:00 to 21:00 Beijing time in the high season (May to October) and from 08:00 to 18:00 in the low season. Before each high season the Vendor shall run a refresher training session for ticket-office staff and camel-station supervisors, either on site or by video, and update the user guide in Chinese.

B11.2 The Customer shall name a system administrator who receives release notes and approves changes to prices and capacity rules.

### B12. Governing Law and Disputes

B12.1 At the Customer's request this agreement is governed by the laws of the People's Republic of China.

B12.2 Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot.

### B13. General

B13.1 This agreement is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. Notices may be sent by e-mail to the contacts named in the Order Form.
"""
H394E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR COFFEE DRYING-BED MONITORING SYSTEM
P:Contract No. MY-CF-2025-031
P:This Contract is made between Pu'er Mengyun Coffee Plantation Co., Ltd., of Simao District, Pu'er, Yunnan Province, People's Republic of China (the "Buyer"), and Tebrau Agritech Integration Sdn. Bhd., of Jalan Tebrau, 80300 Johor Bahru, Johor, Malaysia (the "Supplier").
P:Whereas the Buyer processes washed and honey-process arabica on raised drying beds and wishes to measure bean moisture and bed temperature continuously; and whereas the Supplier was selected after the Buyer's invitation to tender of May 2025; the parties agree as follows. This Contract is on the Buyer's standard form. At the Buyer's request all prices are in Chinese Yuan (CNY).
H:Section 1 Definitions
P:1.1 "System" means the sensor nodes, gateways, weather stations, monitoring software and dashboards listed in Section 3, installed and working together.
P:1.2 "Final Acceptance" means the Buyer's written acceptance of the System under Section 5.
P:1.3 "Buyer Data" means all measurements, images, lot records and other data collected or produced by the System.
H:Section 2 Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission 180 wireless moisture and temperature sensor nodes on the Buyer's 64 drying beds and 12 greenhouse dryers, six LoRa gateways, three weather stations and the monitoring software with a perpetual licence.
P:2.2 The Supplier shall customise the dashboards to show drying curves per lot, alert handlers by SMS and WeChat when moisture or temperature leaves the set range, and produce lot reports for export buyers.
P:2.3 The Supplier shall deliver all equipment to the Buyer's Simao processing station within sixty (60) days after signature and complete installation within ninety (90) days after signature, before the main harvest.
P:2.4 The Supplier shall survey the drying yard and greenhouse dryers with the Buyer's station manager before ordering the equipment, confirm node positions, gateway masts and cable routes in a written installation plan, and keep the plan up to date during the work. Mounting brackets shall be stainless steel and shall not touch the beans.
H:Section 3 Price
P:3.1 The Contract Price is CNY 800,000, fixed, including import duties, VAT, transport, insurance, installation and travel. It is itemised as follows:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Wireless moisture and temperature sensor nodes|180 at 1,850|333,000
TB:2|LoRa gateways with solar power|6 at 14,500|87,000
TB:3|Weather stations|3 at 26,000|78,000
TB:4|Monitoring software, perpetual licence|1|142,000
TB:|Hardware and Licence Subtotal||640,000
TB:5|Installation, calibration and commissioning|1 lot|68,000
TB:6|Dashboard and lot-report customisation|1 lot|74,000
TB:7|Training of handlers and quality staff|1 lot|18,000
TB:|Contract Price||800,000
H:Section 4 Payment
P:4.1 Advance payment: ten per cent (10%) of the Contract Price, CNY 80,000, within ten working days after signature and receipt of an advance-payment bank guarantee.
P:4.2 Installation payment: forty-five per cent (45%), CNY 360,000, after all equipment has been installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:4.3 Final payment: forty-five per cent (45%), CNY 360,000, within twenty working days after Final Acceptance.
H:Section 5 Acceptance
P:5.1 After installation the System shall run for twenty-one consecutive days during active drying. Final Acceptance requires that: (a) every sensor node reports at least every ten minutes with no more than 1% of readings missing; (b) moisture readings on 30 sample lots agree with the Buyer's laboratory oven tests within 1.0 percentage point; (c) alerts reach the handlers within 2 minutes; and (d) the Supplier has handed over the as-built documentation, calibration certificates and the dashboard source files.
P:5.2 The Buyer shall carry out the tests within ten working days after the Supplier's notice and sign the acceptance certificate when all criteria are met. Installation, commissioning or use of the System by the Buyer is not acceptance.
P:5.3 If the System fails a test, the Supplier shall remedy the defect at its own cost within fifteen days and the test shall be repeated.
H:Section 6 Warranty
P:6.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. During this period it shall repair or replace defective sensors, gateways and stations free of charge, including batteries and solar panels, and correct software defects.
P:6.2 Severity 1 faults (a gateway is down, or the dashboard is unavailable for the whole station) shall be responded to within one (1) hour and resolved within twelve hours by remote work or a visit by the Supplier's Kunming partner engineer. Severity 2 faults (single nodes or single alerts) shall be responded to within eight hours and resolved within three days.
P:6.3 For each hour by which a Severity 1 response or resolution time is exceeded, the Supplier shall pay CNY 500, which the Buyer may deduct from any amount due.
H:Section 7 Support after Warranty
P:7.1 After the warranty, the Buyer may order annual support covering software updates, remote support, replacement of failed parts and one calibration visit per season. The annual support fee is nine per cent (9%) of the Hardware and Licence Subtotal, CNY 57,600 per Support Year, and will not be increased during the first three Support Years after the warranty.
P:7.2 Support is ordered by purchase order for each Support Year. There is no automatic renewal.
H:Section 8 Intellectual Property
P:8.1 The customised dashboards, lot-report templates, configuration files and interface scripts made for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files.
P:8.2 The monitoring software and the firmware of the devices remain the property of their owners and are licensed to the Buyer perpetually.
H:Section 9 Data Security
P:9.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract. The monitoring software is installed on the Buyer's server at the Simao station; Buyer Data shall not be transferred outside the People's Republic of China.
P:9.2 The Supplier shall encrypt the radio link and server traffic, change all default passwords, give its staff individual accounts, and access the Buyer's server only through a VPN session approved by the Buyer each time.
P:9.3 The Supplier shall notify the Buyer within twelve hours of any actual or suspected breach of security affecting Buyer Data and shall be liable for all losses the Buyer suffers from a breach caused by the Supplier or its partner.
H:Section 10 Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's drying profiles, yields, prices, customer names and any other information marked or understood as confidential, and shall not disclose it without the Buyer's prior written consent. This obligation survives the end of the Contract by three years.
H:Section 11 Delay Damages and Liability
P:11.1 If the Supplier fails to complete installation by the date in Section 2.3, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to ten per cent (10%) of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10.
H:Section 12 Subcontracting
P:12.1 The Kunming partner engineer named in Annex 2 is approved on signature. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the delay damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for undelivered or non-conforming items.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Section 15 Force Majeure, Insurance and Site Rules
P:15.1 Neither party is liable for delay caused by force majeure, including earthquakes, landslides, floods, epidemics and government orders, provided that it informs the other party within five days and takes reasonable steps to reduce the effect. Ordinary rain during the harvest season is not force majeure.
P:15.2 The Supplier shall insure the equipment until delivery to the Simao station and shall carry public liability insurance for its installation team and its Kunming partner while they work on the Buyer's premises.
P:15.3 The Supplier's staff shall follow the Buyer's food-safety and hygiene rules in the drying and sorting areas, shall not walk on drying beds carrying beans, and shall take away all packaging and waste after installation.
P:15.4 The Supplier shall supply spare parts for the sensors, gateways and weather stations, or compatible replacements, for at least seven years after Final Acceptance.
H:Section 16 Miscellaneous
P:16.1 This Contract is signed in two originals in English and Chinese. Annex 1 (Technical Specification) and Annex 2 (Installation Plan and Partner) form part of it.
P:For the Buyer: Pu'er Mengyun Coffee Plantation Co., Ltd.    Authorised signatory:              Date:
P:For the Supplier: Tebrau Agritech Integration Sdn. Bhd.    Authorised signatory:              Date:
"""
H394E04 = """# Managed Endpoint Services Agreement

Agreement reference: LMIT-HM-2025-07

This agreement is made between:

- **Jiaxing Hongmian Knitwear Co., Ltd.**, No. 58 Yangmiao Road, Tongxiang, Jiaxing, Zhejiang, People's Republic of China ("Customer"); and
- **Lagoon Managed IT (Pvt) Ltd.**, 31 Lewis Place, Negombo, Sri Lanka ("Provider").

Background: Customer knits and finishes wool sweaters in two mills and runs design, sales and export offices in Tongxiang and Shanghai. It wants one provider to look after its laptops, desktops and workshop terminals. Provider runs a remote service desk and endpoint-management platform and works through local field engineers in Zhejiang.

## 1. Definitions

1.1 "Endpoints" means the laptops, desktops and shop-floor terminals listed in Schedule 1, up to 420 devices.

1.2 "Services" means the services in clause 2 and Schedule 1.

1.3 "Service Acceptance" means Customer's written confirmation under clause 4.

1.4 "Customer Data" means all data on the Endpoints and all data about Customer's users, devices and tickets that Provider collects in performing the Services.

1.5 "Monthly Charge" means the charge in Schedule 2 for each month of the Services.

## 2. Services

2.1 Provider shall provide: (a) a service desk in Chinese and English, by phone, WeChat and portal, from 07:00 to 23:00 Beijing time, seven days a week; (b) patching of operating systems and standard applications; (c) endpoint protection and disk encryption management; (d) software distribution and asset inventory; (e) device imaging, moves and replacements through field engineers in Tongxiang; and (f) monthly reports.

2.2 Provider shall manage the Endpoints from its platform hosted in Alibaba Cloud's Hangzhou region. No Customer Data is stored outside mainland China.

## 3. Term

3.1 The Initial Term is thirty-six (36) months from Service Acceptance.

3.2 The agreement does not renew automatically. Any extension needs a written amendment signed by both parties, including the charges for the extension.

## 4. Onboarding and Service Acceptance

4.1 Provider shall onboard all Endpoints within seventy-five days after signature ("Target Date"). Onboarding covers agent installation, policy baselines, re-imaging of non-standard devices, knowledge-base set-up and handover from Customer's current support staff.

4.2 Service Acceptance criteria: (a) at least 98% of the Endpoints in Schedule 1 report to the platform; (b) all reporting Endpoints carry current patches and active protection; (c) a test restore of ten user profiles succeeds; (d) the service desk handles a two-week pilot with no P1 response missed.

4.3 Customer shall confirm Service Acceptance in writing within five working days after the criteria are met. Use of the Services during onboarding is not Service Acceptance.

4.4 If Service Acceptance is delayed beyond the Target Date for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay.

## 5. Service Levels

5.1 Incidents are prioritised and handled as set out in Schedule 1, Table A.

5.2 If Provider misses a response or resolution target in Table A, it shall give the service credits in Table A. Credits are deducted from the next invoice. Credits in a month are limited to a quarter of that month's Monthly Charge.

5.3 Provider shall report its performance against Table A each month, with the tickets that missed a target and the root cause.

## 6. Charges and Payment

6.1 Charges are set out in Schedule 2. At Customer's request all charges are in Chinese Yuan (CNY).

6.2 The Onboarding Charge is invoiced after Service Acceptance. The Monthly Charge is invoiced monthly in arrears. No amount is payable in advance.

6.3 Customer shall pay each correct invoice within thirty days. Charges include VAT; Provider invoices through its Shanghai billing agent.

6.4 Devices added above 420 are charged at the same unit rate pro rata.

6.5 Replacement hardware, software licences for applications other than the standard set, and on-site work outside Jiaxing and Shanghai are not included in the Monthly Charge. Provider shall quote for them in advance and may carry out such work only on Customer's written order.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall use it only to perform the Services and shall not copy, sell or disclose it or use it for any other purpose, including analytics for other clients.

7.2 Provider shall keep the platform certified to ISO/IEC 27001, use multi-factor authentication for all administrator accounts, log every administrative action on an Endpoint, and give Customer read access to those logs.

7.3 Provider shall notify Customer within twelve hours of any security incident affecting Customer Data or the Endpoints, shall cooperate in containment, and shall be liable for Customer's losses from an incident caused by Provider, its staff or its field engineers.

7.4 At the end of the agreement Provider shall remove its agents, return all Customer Data and delete its copies within thirty days.

## 8. Confidentiality

8.1 Each party shall keep the other's confidential information secret, use it only for this agreement and disclose it only to staff and advisers who need to know it. Customer's designs, knitting programs, customer lists and prices are confidential information. This clause survives termination for three years.

## 9. Intellectual Property

9.1 Scripts, policy baselines, images, knowledge-base articles and reports made for Customer belong to Customer, which may use and modify them freely and hand them to another provider. Provider's platform and tools remain Provider's.

## 10. Subcontracting

10.1 Provider's field-engineer partner in Tongxiang, named in Schedule 1, is approved on signature. Provider shall not subcontract any other part of the Services without Customer's prior written consent and is responsible for all subcontractors.

## 11. Liability

11.1 Provider's total liability under this agreement is limited to 150% of the total charges for the Initial Term shown in Schedule 2, except for breach of clauses 7 and 8, personal injury and wilful misconduct, which are not limited.

11.2 Neither party is liable for indirect loss or loss of profit, except under clauses 7 and 8.

## 12. Termination

12.1 Either party may terminate this agreement by written notice if the other commits a material breach and does not remedy it within thirty days after written notice.

12.2 Customer may terminate by written notice if Provider misses the P1 resolution target more than three times in any two consecutive months.

12.3 On termination Provider shall provide exit assistance for up to sixty days at the rates in Schedule 2.

## 13. Governing Law and Disputes

13.1 This agreement is governed by the laws of Sri Lanka.

13.2 Any dispute shall be finally resolved by arbitration in Colombo under the Rules of the Sri Lanka National Arbitration Centre. The language of the arbitration is English.

## 14. Business Continuity and Service Reviews

14.1 Provider shall keep a business-continuity plan for its service desk, with a second site in Colombo able to take calls within two hours of a disruption at Negombo, and shall test it once in each contract year and share the result with Customer.

14.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, floods, epidemics, government orders or a general failure of international telecommunication links, provided it notifies the other party promptly and uses reasonable efforts to continue performance. Customer need not pay the Monthly Charge for Endpoints that Provider cannot serve for more than ten days for such a reason.

14.3 Provider shall attend a quarterly service review with Customer's IT manager at the Tongxiang office or by video, covering performance, incidents, patch compliance, changes planned for the next quarter and improvement actions.

## 15. General

15.1 This agreement and its Schedules are the whole agreement. Changes must be in writing and signed by both parties. Notices go to the addresses above, with a copy by e-mail.

## Schedule 1: Scope and Priorities

Endpoints: 286 laptops and desktops in the Tongxiang offices and mills, 74 in the Shanghai office, 60 shop-floor terminals on the knitting and linking floors (420 in total). Field-engineer partner: Tongxiang Xinrui IT Services Co., Ltd.

**Table A: Priorities, targets and credits**

| Priority | Definition | Response | Resolution | Credit per missed target |
|---|---|---|---|---|
| P1 | A mill floor, a whole office or the design team cannot work; suspected ransomware | 15 minutes | 6 hours | CNY 2,000, plus CNY 500 for each further hour |
| P2 | A department or a key user (sales, design, finance) is affected | 1 hour | 1 business day | CNY 600 |
| P3 | A single user has a fault with a workaround | 2 hours | 3 business days | CNY 150 |
| P4 | Requests and questions | 1 business day | 5 business days | none |

## Schedule 2: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Charge | 420 Endpoints at CNY 68 per device per month | 28,560 per month |
| Monthly Charges for the Initial Term | 36 months | 1,028,160 |
| Onboarding Charge | one-time, after Service Acceptance | 52,000 |
| Total charges for the Initial Term | | 1,080,160 |
| Exit assistance | per engineer day, if requested | 2,400 |

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________
"""

H394E05 = """APPLICATION PROGRAMMING INTERFACE SUBSCRIPTION AGREEMENT
CHILDREN'S PRODUCT SAFETY CHECK SERVICE

Agreement number: HCL-XM-2025-014

PARTIES

Xiamen Yusan Cross-border Trade Co., Ltd., Room 1502, No. 8 Xiangyun Road, Huli District, Xiamen, Fujian, People's Republic of China ("Customer").

Himal Compliance Labs Pvt. Ltd., Suryabinayak-4, Bhaktapur, Bagmati Province, Nepal ("Vendor").

BACKGROUND

Customer runs an export platform through which umbrella factories in Fujian and Zhejiang sell to importers abroad. A growing share of listings are children's umbrellas, raincoats and ponchos, which must meet the children's-product rules of the destination market. Vendor operates an application programming interface (the "API") that checks a product listing, its bill of materials and its test reports against those rules and returns warnings before the listing goes live. Customer wants to call the API from its listing workflow. At Customer's request all amounts in this agreement are in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Subscription Year" means the period from the Subscription Start Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.

1.2 "Subscription Start Date" means the date of Integration Acceptance under clause 4.

1.3 "Customer Data" means listings, product photos, bills of materials, test reports, supplier names and any other data that Customer or its users submit to the API, and all results returned for them.

1.4 "Rule Mappings" means the mapping of Customer's product categories, material codes and supplier test-report formats to Vendor's rule sets, made for Customer under clause 3.

2. THE SERVICE

2.1 During the term Vendor shall provide access to the API, which checks each listing against the children's-product rules of the European Union (including EN 71 and REACH restrictions), the United States (CPSIA lead and phthalate limits, small-parts and sharp-point tests), the United Kingdom, Australia and the applicable Chinese GB standards, and returns a pass, warning or fail result with the reasons.

2.2 The subscription includes 200,000 API calls per Subscription Year, one test environment, the developer portal and the monthly rule-update bulletin. Vendor shall update the rule sets when the rules change and shall announce material changes at least fourteen days before they take effect, where the rules allow.

2.3 Customer's platform sends each new or changed listing in a children's category to the API before publication. The API result is advisory: Customer decides whether a listing is published, and Customer's compliance team reviews every fail result and a sample of warnings.

2.4 Vendor will use commercially reasonable efforts to keep the API available and to answer support requests sent to its support mailbox. No specific availability level, response time or resolution time applies to the API or to support.

3. INTEGRATION

3.1 Vendor shall build the Rule Mappings, provide sample code for Customer's listing workflow, and help Customer's developers connect the API to Customer's platform.

3.2 Vendor shall be ready for Integration Acceptance within sixty days after signature (the "Target Date").

3.3 Customer shall give Vendor access to a test copy of its listing workflow, sample data for each children's category and a technical contact who answers questions within two working days.

3.4 If Integration Acceptance is delayed beyond the Target Date for reasons attributable to Vendor, Vendor shall pay Customer CNY 250 for each day of delay, up to a total of CNY 23,000.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance requires that: (a) the API returns a correct result for a test set of 500 listings agreed by the parties, including 120 known failures, with no known failure returned as a pass; (b) the average response time for a single check in the test set is below 3 seconds; (c) the Rule Mappings cover all children's categories on Customer's platform; and (d) Vendor has delivered the integration documentation.

4.2 Customer shall confirm Integration Acceptance in writing within five working days after the tests are passed. Use of the test environment is not Integration Acceptance.

5. FEES AND PAYMENT

5.1 Fees are set out in the Schedule. The Integration Fee is invoiced on Integration Acceptance. The Subscription Fee is invoiced annually in advance at the start of each Subscription Year, the first time on the Subscription Start Date. No amount is payable before Integration Acceptance.

5.2 Calls above the annual allowance are charged at the overage rate in the Schedule and invoiced quarterly in arrears.

5.3 Customer shall pay each correct invoice within thirty days. Vendor invoices through its agent in Xiamen, which issues Chinese VAT invoices.

5.4 Vendor shall send Customer a monthly usage statement showing the number of calls, the results by market and category, and the calls remaining in the annual allowance. If usage in any quarter suggests that the allowance will be exceeded, Vendor shall tell Customer in writing so that Customer can reduce usage or agree a larger allowance before overage charges arise.

6. TERM AND RENEWAL

6.1 The term is two Subscription Years from the Subscription Start Date.

6.2 This agreement does not renew automatically. Any further term requires a new written agreement.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Vendor may use Customer Data only to provide the API and the support under this agreement and shall not use it to build or improve services for others, or sell it or pass it to anyone.

7.2 Vendor shall process Customer Data only on servers located in mainland China, currently Tencent Cloud in the Guangzhou region, shall encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months, and delete Customer Data within thirty days after the end of the term.

7.3 Vendor shall notify Customer within twenty-four hours of any breach of security affecting Customer Data, shall take all reasonable steps to contain it, and shall be responsible for the losses Customer suffers from a breach caused by Vendor or its staff.

8. INTELLECTUAL PROPERTY

8.1 The API, the rule sets and Vendor's software remain the property of Vendor.

8.2 The Rule Mappings and any code written specifically for Customer belong to Customer. Customer may use, modify and license them freely, including with another provider.

9. WARRANTY ON RESULTS

9.1 Vendor warrants that the rule sets reflect the published rules of each covered market as at the date of the last rule-update bulletin. If a listing that the API marked as a pass is rejected or recalled because of a rule in force at the time of the check, Vendor shall refund the fees for that Subscription Year proportionally and cooperate with Customer's importer.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any part of the service, other than the hosting named in clause 7.2, without Customer's prior written consent.

11. LIABILITY

11.1 Vendor's total liability under this agreement is limited to twice the total fees for the term shown in the Schedule. This limit does not apply to breach of clause 7 or to wilful misconduct.

11.2 Neither party is liable for indirect or consequential loss.

12. TERMINATION

12.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within twenty days after written notice.

12.2 If Customer terminates for Vendor's breach, Vendor shall refund the Subscription Fee paid for the remaining months of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

14. CUSTOMER RESPONSIBILITIES

14.1 Customer is responsible for the accuracy of the listings, bills of materials and test reports it submits. A result returned by the API does not replace a test report from an accredited laboratory where the destination market requires one.

14.2 Customer shall keep its API keys secure, shall use the API only for listings on its own platform and shall not resell the results. Customer may show the result and its reasons to the factory that made the listing and to the importer.

14.3 Customer shall inform Vendor of any destination market it plans to add, so that Vendor can quote for the rule set.

15. FORCE MAJEURE

15.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as earthquakes, floods, epidemics, government orders or a general failure of public networks, provided it informs the other party promptly and resumes performance as soon as it can. If such an event stops the API for more than thirty consecutive days, Customer may terminate this agreement and receive a refund of prepaid fees for the remaining months.

16. GENERAL

16.1 This agreement, with the Schedule, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

16.2 Notices shall be given in writing to the addresses above and by e-mail to the contacts named in the Schedule.

SCHEDULE: FEES AND CONTACTS

Subscription Fee: CNY 96,000 per Subscription Year, including 200,000 API calls; two Subscription Years: CNY 192,000.
Integration Fee (Rule Mappings, sample code and integration support): CNY 38,000, one-time.
Total fees for the term: CNY 230,000.
Overage: CNY 0.35 per API call above the annual allowance.
Contacts: Customer, compliance manager, compliance@yusan-trade.example; Vendor, account director, accounts@himal-labs.example.

SIGNATURES

For Customer: ______________________  Name:  Title:  Date:

For Vendor: ______________________  Name:  Title:  Date:
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, language, format)
    "h394z01": ("h394z01_science_association_popsci_resource_platform.pdf", "zh", "pdf"),
    "h394z02": ("h394z02_electroplating_wastewater_control_retrofit.docx", "zh", "docx"),
    "h394z03": ("h394z03_go_school_chain_scheduling_saas.txt", "zh", "txt"),
    "h394z04": ("h394z04_emergency_centre_120_dispatch_om.txt", "zh", "txt"),
    "h394z05": ("h394z05_pickle_factory_erp_supplier_template.md", "zh", "md"),
    "h394e01": ("h394e01_lantern_frame_software_khulna_vendor.pdf", "en", "pdf"),
    "h394e02": ("h394e02_camel_ride_booking_saas_sialkot_vendor.md", "en", "md"),
    "h394e03": ("h394e03_coffee_drying_bed_sensors_johor_integrator.docx", "en", "docx"),
    "h394e04": ("h394e04_knitwear_managed_endpoints_negombo_provider.md", "en", "md"),
    "h394e05": ("h394e05_umbrella_child_safety_api_bhaktapur_vendor.txt", "en", "txt"),
}
SRC = {"h394z01": H394Z01, "h394z02": H394Z02, "h394z03": H394Z03, "h394z04": H394Z04, "h394z05": H394Z05,
       "h394e01": H394E01, "h394e02": H394E02, "h394e03": H394E03, "h394e04": H394E04, "h394e05": H394E05}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# per contract: category, terms (over OK), extra, TCO inputs (fee base, annual fee) or None, forum outside mainland,
# and the rules I expect from reading policy.md
SPEC = {
    "h394z01": dict(category="software", terms=dict(
        availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=338000 / 1690000 * 100,
        final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
        sla=True, ld_stated=True, capped=True, deemed=False, value=620000 + 784000 + 158000 + 96000 + 32000,
        tco=(620000, 49600), rules=[]),
    "h394z02": dict(category="hardware", terms=dict(
        p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=186000 / 1860000 * 100,
        final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=32, contract_kind="goods_or_licence"),
        sla=True, ld_stated=True, capped=True, deemed=False, value=1520000 + 196000 + 124000 + 20000,
        tco=(478000 + 620000 + 238000 + 184000, 486400), rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h394z03": dict(category="cloud", terms=dict(
        availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=500 / 617200 * 100, liability_cap_pct=150,
        prepayment_pct=(176400 + 88000) / 617200 * 100, auto_renewal_price_increase=True),
        sla=True, ld_stated=True, deemed=False, value=3 * 35 * 5040 + 88000,
        rules=["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"]),
    "h394z04": dict(category="services", terms=dict(
        availability_pct=99.99, p1_response_hours=10 / 60, ld_rate_per_day_pct=0.03, subcontract_without_consent=True),
        sla=True, ld_stated=True, deemed=False, value=312000 + 168000 + 146000 + 38000,
        rules=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h394z05": dict(category="software", terms=dict(
        p1_response_hours=8, sla_remedy=False, ip_owner="supplier", liability_cap_pct=20,
        prepayment_pct=499400 / 908000 * 100, acceptance_clause=False, final_payment_on_acceptance=False,
        warranty_months=6, subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
        sla=True, ld_stated=False, capped=False, deemed=True, value=420000 + 360000 + 110000 + 18000, tco=None,
        rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h394e01": dict(category="software", terms=dict(
        p1_response_hours=2, ip_owner="supplier", ld_rate_per_day_pct=0.1, liability_cap_pct=200,
        prepayment_pct=130000 / 650000 * 100, final_payment_on_acceptance=True, warranty_months=24,
        post_warranty_fee_pct=11, termination_for_breach=False, contract_kind="goods_or_licence"),
        sla=True, ld_stated=True, capped=True, deemed=False, value=14 * 26500 + 128000 + 96000 + 34000 + 21000,
        tco=(371000, 40810), rules=["CR-IP-OWNERSHIP", "CR-TERMINATION"]),
    "h394e02": dict(category="cloud", terms=dict(
        availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False, buyer_owns_data=False,
        ld_rate_per_day_pct=400 / 460000 * 100, liability_cap_pct=150),
        sla=True, ld_stated=True, deemed=False, value=3 * 138000 + 46000,
        rules=["CR-DATA-OWNERSHIP", "CR-DATA-SECURITY"]),
    "h394e03": dict(category="hardware", terms=dict(
        p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=80000 / 800000 * 100,
        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
        sla=True, ld_stated=True, capped=True, deemed=False,
        value=180 * 1850 + 6 * 14500 + 3 * 26000 + 142000 + 68000 + 74000 + 18000, tco=(640000, 57600), rules=[]),
    "h394e04": dict(category="services", terms=dict(
        p1_response_hours=0.25, ld_rate_per_day_pct=900 / 1080160 * 100, liability_cap_pct=150,
        governing_law="Sri Lanka"),
        sla=True, ld_stated=True, deemed=False, value=36 * 420 * 68 + 52000, rules=["CR-GOVERNING-LAW"]),
    "h394e05": dict(category="cloud", terms=dict(
        sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=250 / 230000 * 100, liability_cap_pct=200),
        sla=False, ld_stated=True, deemed=False, value=2 * 96000 + 38000,
        rules=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(key):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    s = SPEC[key]
    if not s.get("tco"):
        return None
    base, fee = s["tco"]
    years = max(0.0, 5 - s["terms"]["warranty_months"] / 12)
    fees = years * fee
    return fees / (s["value"] + fees) * 100, s["value"] + fees, fees, years


def label(key):
    s = SPEC[key]
    terms = dict(OK)
    terms.update(s["terms"])
    extra = {"sla_clause": s["sla"], "ld_stated": s["ld_stated"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = s["capped"]
    extra["acceptance_deemed_on_delivery"] = s["deemed"]
    extra["contract_value"] = s["value"]
    return {"file": FILES[key][0], "language": FILES[key][1], "category": s["category"],
            "expected_terms": {k: terms[k] for k in TERM_KEYS}, "expected_extra": extra,
            "expected_rules": sorted(s["rules"])}


def derive_rules(lab, share):
    """policy.md §3 applied to my own labels (a cross-check of the hand-written rule lists)."""
    t, x, r = lab["expected_terms"], lab["expected_extra"], set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def off_thresholds(lab, share):
    t = lab["expected_terms"]
    checks = [("availability_pct", [99.9], 0.01), ("p1_response_hours", [4], 0.1), ("ld_rate_per_day_pct", [0.05], 0.005),
              ("liability_cap_pct", [100], 1), ("prepayment_pct", [30], 1), ("warranty_months", [12, 60], 1),
              ("post_warranty_fee_pct", [15], 1)]
    for k, ths, margin in checks:
        v = t[k]
        for th in ths:
            assert v is None or abs(v - th) >= margin, (lab["file"], k, v)
    assert share is None or abs(share - 40) > 1, (lab["file"], share)


# ---------------------------------------------------------------- threshold text scan
NUM = r"(?:%|％|\s*per\s*cent|\s*percent)"
PATTERNS = [
    ("99.9", r"(?<![\d.])99\.9(?!\d)"),
    ("4 hours", r"(?<![\d.])4\s*-?\s*(?:h\b|hrs?\b|hours?\b|个?小时)"),
    ("四小时", r"(?<![十二三〇零一两五六七八九])四\s*个?\s*小时"),
    ("four hours", r"(?<![-\w])four[\s-]*hours?\b"),
    ("240 minutes", r"(?<![\d.])240\s*(?:min|minutes?\b|分钟)"),
    ("二百四十分钟", r"二百四十\s*分钟"),
    ("0.05%", r"(?<![\d.])0\.05" + NUM),
    ("万分之五", r"万分之五(?![十])"),
    ("100%", r"(?<![\d.])100" + NUM),
    ("百分之百", r"百分之一?百"),
    ("hundred per cent", r"hundred" + NUM),
    ("30%", r"(?<![\d.])30" + NUM),
    ("百分之三十", r"百分之三十(?![一二三四五六七八九])"),
    ("三成", r"三成"),
    ("thirty per cent", r"(?<![-\w])thirty" + NUM),
    ("12 months", r"(?<![\d.])12\s*-?\s*(?:months?\b|个月)"),
    ("十二个月", r"(?<![一二三四五六七八九])十二\s*个月"),
    ("twelve months", r"\btwelve[\s-]*months?\b"),
    ("one year", r"\b(?:one|1)[\s-]*years?\b"),
    ("一年", r"一\s*年"),
    ("15%", r"(?<![\d.])15" + NUM),
    ("百分之十五", r"百分之十五(?![一二三四五六七八九])"),
    ("fifteen per cent", r"(?<![-\w])fifteen" + NUM),
    ("40%", r"(?<![\d.])40" + NUM),
    ("百分之四十", r"百分之四十(?![一二三四五六七八九])"),
    ("四成", r"四成"),
    ("forty per cent", r"(?<![-\w])forty" + NUM),
    ("5 years", r"(?<![\d.])5\s*-?\s*(?:years?\b|年(?!度))"),
    ("五年", r"(?<![十〇零一二三四六七八九])五\s*年"),
    ("five years", r"\bfive[\s-]*years?\b"),
    ("60 months", r"(?<![\d.])60\s*-?\s*(?:months?\b|个月)"),
    ("六十个月", r"六十\s*个月"),
    ("sixty months", r"\bsixty[\s-]*months?\b"),
]
RX = [(n, re.compile(p, re.I)) for n, p in PATTERNS]


def hits(text):
    found = set()
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for n, rx in RX:
            for m in rx.finditer(variant):
                found.add((n, variant[max(0, m.start() - 12):m.end() + 12]))
    return found


def self_test():
    must = ["4小时", "四小时", "4 个小时", "4 hours", "four hours", "four-hour", "240 minutes", "99.9%", "99.9 %",
            "0.05%", "0.05 % per day", "万分之五", "100%", "百分之百", "30%", "30 per cent", "百分之三十", "三成",
            "12个月", "十二个月", "12 months", "12-month", "twelve months", "one year", "一年", "15%", "百分之十五",
            "fifteen per cent", "40%", "百分之四十", "四成", "forty per cent", "五年", "5 years", "five-year",
            "60个月", "60 months", "六十个月", "4\nhours", "99.\n9%"]
    never = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.99%", "115%", "0.15%", "四十二个月",
             "2025年", "百分之四十五", "45%", "forty-five per cent", "0.5小时", "14 hours", "150%", "二十四个月",
             "24 months", "三个服务年度", "30 minutes", "0.35 per call", "2 hours", "1.5倍", "6小时", "10%", "0.06 per"]
    for s in must:
        assert hits(s), ("regex misses", s)
    for s in never:
        assert not hits(s), ("regex false hit", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    built = {k: v for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (v[0], v[2]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, lang, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    print()
    print("%-58s %-4s %-6s %-8s %s" % ("file", "lang", "length", "risk", "expected rules"))
    for k, (name, lang, fmt) in FILES.items():
        lab = label(k)
        ts = tco_share(k)
        share = ts[0] if ts else None
        off_thresholds(lab, share)
        assert derive_rules(lab, share) == lab["expected_rules"], (k, derive_rules(lab, share), lab["expected_rules"])
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (name, n, lo, hi))
        for h in sorted(hits(text) | hits(SRC[k])):
            problems.append("%s threshold figure %s in %r" % (name, h[0], h[1]))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%-58s %-4s %-6d %-8s %s" % (name, lang, n, risk(lab["expected_rules"]),
                                            ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
        if ts:
            print("    TCO: value %s + %.2f post-warranty years x %s = %s; share %.2f %%"
                  % (SPEC[k]["value"], ts[3], SPEC[k]["tco"][1], ts[1], ts[0]))
    missing = set(SEVERITY) - covered
    assert not missing, ("rules never expected", sorted(missing))
    counts = sorted(len(SPEC[k]["rules"]) for k in SPEC)
    print("\nrule counts per contract:", counts)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed; all 20 CR rules expected at least once")


if __name__ == "__main__":
    main()
