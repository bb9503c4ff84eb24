"""holdout796: builds the ten blind held-out drafts and their .json labels, then checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt/.md are written as they are; .docx/.pdf are built with ../word_pdf.py (PDF lines wrapped at word boundaries).
- Labels are written with a one-space indent and no trailing newline.
- Asserts: text lengths as read back, no threshold figure in any text (self-tested regex), no label value on a
  threshold, rules derived from the labels (my reading of policy section 3) equal to the design list, all 20 CR rules
  covered, price sums.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:榕川市元宵灯会花灯展演管理平台采购合同
P:合同编号：RCWL-ZFCG-2026-0417
P:采购人（甲方）：榕川市文化和旅游局
P:供应商（乙方）：杭州明澜数字文旅科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及榕川市政府采购中心组织的公开招标结果（项目编号RCZC-2026-GK-083），甲乙双方就花灯展演管理平台软件许可及定制开发项目，在平等自愿的基础上订立本合同，供双方共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“灯影”花灯展演管理平台软件（V5.2）永久使用许可，部署于甲方政务云，覆盖灯组点位管理、展演排期、安全巡查、客流监测、票务核验和应急指挥六个模块。
P:1.2 乙方按招标文件及投标响应完成定制开发：灯组三维点位图与亮灯状态联动、主会场及六个分会场客流热力分析、与市文旅票务系统和公安客流预警平台的接口、展演期间舆情与投诉工单流转。
P:1.3 乙方负责平台部署、历年灯会数据整理导入、系统联调、试运行保障及培训，并提交需求规格说明书、设计文档、源代码、部署手册和用户手册。
P:1.4 培训内容包括平台管理员培训（不少于三期）、各分会场值守人员操作培训及应急指挥演练，培训教材由乙方编制并交甲方留存。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾柒万元整（¥1,770,000），包括：平台软件许可费¥980,000；定制开发费¥640,000；部署实施费¥118,000；培训费¥32,000。
P:2.2 上述价款已包含税费、差旅、第三方测评配合等乙方履约所需的全部费用，甲方不再另行支付其他费用。
P:2.3 合同履行期间，如甲方需求变化导致工作量增减，双方按投标单价协商签订补充协议，增加金额不超过原合同金额的百分之十。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票；资金按国库集中支付程序拨付，因财政审批产生的合理延迟不视为甲方违约。
P:3.5 履约保函在最终验收通过后十个工作日内退还；乙方未按约定履行义务的，甲方有权依法处置履约保函。
H:第四条 交付期限
P:4.1 乙方应于合同签订后七十日内完成部署和定制开发并提交初验申请；元宵灯会开幕前二十日须具备上线条件。
P:4.2 灯会期间（开幕日起至闭幕后三日），乙方须派不少于四名工程师驻场保障。
P:4.3 乙方应指定具有高级工程师职称的项目经理一名，项目经理更换须事先征得甲方书面同意，且继任者资质不低于原人员。
P:4.4 乙方应于每周五向甲方提交项目周报，说明进度、风险及需甲方配合的事项。
H:第五条 验收
P:5.1 初步验收标准：（一）全部功能符合招标文件技术要求及需求规格说明书；（二）在3,000名用户并发访问下，页面平均响应时间不超过2秒；（三）票务及公安平台接口连续七日数据比对无差错；（四）通过第三方网络安全等级保护二级测评，无高风险问题。
P:5.2 初验通过后进入试运行，试运行须覆盖一届完整灯会；试运行期间未发生一级故障且遗留问题全部整改完毕的，由甲方组织专家进行最终验收并出具验收报告。
P:5.3 平台上线使用、试运行或甲方支付部分款项，均不视为最终验收通过。
P:5.4 验收不合格的，乙方应在十五日内整改并重新申请验收，由此发生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 灯会期间平台月度可用率不低于99.95%；一级故障（平台整体不可用或客流预警中断）乙方须在30分钟内响应、2小时内到场、6小时内恢复。
P:6.3 乙方响应或到场每超时一小时，向甲方支付违约金人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减当期应付款人民币2,000元。
P:6.4 乙方应建立灯会期间值班制度，每日向甲方报送平台运行日报，内容包括访问量、告警、故障处理及次日风险提示。
H:第七条 质保期满后的维护
P:7.1 质保期满后，甲方如需乙方继续提供维护服务，年度维护费按平台软件许可费的18%计取，即每年人民币176,400元，该价格在质保期满后三年内保持不变。
P:7.2 维护服务合同由双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的程序、接口、三维点位模型及相关文档的知识产权由甲乙双方共同所有；任何一方未经另一方书面同意，不得修改、许可第三方使用或转让上述成果。
P:8.3 乙方保证所交付成果不侵犯第三方合法权益，如发生侵权纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台运行中产生的客流、票务、游客信息及其他业务数据均属于甲方所有，乙方仅可为履行本合同目的使用，不得用于其他任何用途。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，远程运维须经甲方审批并通过堡垒机操作，不得将数据复制至政务云之外。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:9.4 合同终止或维护期满后，乙方应在十日内删除其掌握的全部甲方数据，并出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、安保方案及未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 本条义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权拒收并要求赔偿损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金，但因财政资金拨付程序造成的延迟除外。
P:11.4 乙方应付的违约金及赔偿款，甲方可从应付款项或履约保函中直接扣除。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 不可抗力
P:14.1 因地震、台风、疫情防控措施等不可抗力导致不能履行的，受影响方应在三日内通知对方并提供证明，双方根据影响程度协商延期或部分免除责任；不可抗力持续超过六十日的，任一方可书面解除合同。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。履约中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及澄清文件均为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:16.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：榕川市文化和旅游局        乙方（盖章）：杭州明澜数字文旅科技有限公司
P:签订日期：2026年9月15日
"""

Z02 = """T:挂烫机锅炉及机壳组装线控制系统改造合同
P:合同编号：LZ-SB-2026-1108
P:甲方（买方）：慈溪澜舟电器有限公司
P:乙方（卖方）：苏州恒控自动化工程有限公司
P:甲方为提升挂烫机锅炉焊接气密检测及机壳组装工序的自动化水平，委托乙方对二号厂房两条组装线的控制系统进行改造。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）更换两条组装线原有继电器控制柜，新增PLC控制柜、伺服拧紧单元、锅炉气密检测工位及机壳外观视觉检测系统。
P:（二）部署产线控制软件，实现工位节拍监控、拧紧扭矩追溯、气密检测数据自动判定、不良品拦截以及与甲方现有MES系统的工单和质量数据对接。
P:（三）完成设备安装、线缆敷设、单机调试、联动调试、试生产保障及操作维修人员培训，并提交电气图纸、PLC程序、接口说明和操作手册。
P:（四）改造期间拆除的旧控制柜及线缆由乙方分类整理后交甲方设备部处置，乙方不得擅自带离厂区。
H:二、设备、软件及价格
P:（一）设备及软件清单与价格见下表，价格含税、运输、保险及安装调试费用：
TB:序号|名称|规格|数量|单价（元）|金额（元）
TB:1|PLC控制柜|双CPU冗余，含远程I/O|6套|68,000|408,000
TB:2|伺服拧紧单元|0.5–8 N·m，带扭矩曲线记录|12套|23,500|282,000
TB:3|锅炉气密检测工位|差压法，含自动封堵工装|4套|46,000|184,000
TB:4|机壳外观视觉检测系统|500万像素，含光源及算法|3套|52,000|156,000
TB:5|产线控制软件许可|永久许可，两条线|1套|210,000|210,000
TB:|设备及软件小计|||1,240,000|
TB:6|安装调试及MES数据对接|含线缆桥架|1项|138,000|138,000
TB:7|操作及维修培训|三期|1项|22,000|22,000
TB:|合同总价|||1,400,000|
P:（二）合同总价为人民币壹佰肆拾万元整（¥1,400,000），除双方书面确认的变更外不作调整。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并经双方开箱清点签收后，甲方支付合同总价的55%；到货签收仅确认数量和外观，不代表质量验收。
P:（三）改造项目通过最终验收后，甲方支付合同总价的35%。
P:（四）乙方应在每笔付款前开具等额增值税专用发票。
P:（五）甲方有权从应付款项中直接扣除乙方应付的违约金及赔偿款。
H:四、交货与施工
P:（一）乙方应于合同生效后四十五日内将全部设备运至甲方二号厂房，并于到货后二十日内完成安装及联动调试。
P:（二）施工利用甲方春节停产检修窗口进行，乙方须编制停线切换方案，经甲方生产部确认后实施，切换期间每条线停线不得超过五日。
P:（三）乙方施工人员应遵守甲方厂区安全、消防及动火作业管理制度，施工中造成甲方设备或人员损害的，由乙方负责赔偿。
P:（四）设备包装应适合长途运输和厂内搬运，因包装不良造成的损坏由乙方负责更换；每台设备应附合格证、出厂检验报告和装箱单。
P:（五）乙方应派驻项目经理一名、电气工程师两名常驻现场，直至最终验收完成；未经甲方同意，上述人员不得更换。
H:五、验收
P:（一）验收标准：1.两条组装线在设计节拍下连续稳定生产七十二小时，无停线故障；2.拧紧扭矩合格判定与标定扭矩仪比对偏差不超过±3%；3.气密检测对标准泄漏件的检出率与误判率满足技术协议要求；4.视觉检测漏检率低于0.2%；5.MES工单下发与质量数据回传连续五日无丢失。
P:（二）联动调试完成后，乙方书面申请验收，甲方在七个工作日内组织验收并出具验收报告；验收不合格的，乙方应在十日内整改并重新申请验收。
P:（三）设备投入试生产或甲方支付部分款项，不视为验收合格。
H:六、质量保证与售后服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件更换和软件升级均免费。
P:（二）故障等级与响应要求：一级故障（整条线停线）乙方须在1小时内响应、8小时内到场；二级故障（单工位停机）须在2小时内响应、次日内到场；三级故障（不影响生产的功能问题）须在两个工作日内处理。
P:（三）乙方响应或到场每超时一小时，向甲方支付人民币500元；因一级故障处理超时造成甲方停线的，乙方另按实际停线损失承担赔偿责任。
P:（四）质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的8%计取，即每年人民币99,200元，质保期满后三年内不作调整；维保服务经甲方书面确认后方可续签。
P:（五）乙方应在甲方所在地常备主要易损件，并保证本合同设备停产后至少五年内继续供应备件。
P:（六）质保期内乙方每半年对控制柜、拧紧单元和检测工位进行一次预防性巡检，出具巡检报告并对拧紧单元进行扭矩校准。
H:七、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、检测算法参数及MES接口程序，其知识产权归甲方所有，乙方应交付完整源程序，甲方可自行修改和使用。
P:（二）产线控制软件标准版本的著作权归乙方，乙方授予甲方在本厂区永久使用的许可。
H:八、生产数据安全
P:（一）产线运行数据、扭矩曲线、检测结果及工艺参数均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）控制网络应与办公网隔离，乙方远程维护须事先申请，由甲方开通临时账号并全程记录操作；乙方不得在设备中预留后门或远程控制通道。
P:（三）因乙方原因导致生产数据丢失、篡改或泄露的，乙方应在发现后2小时内通知甲方，协助恢复，并赔偿甲方因此遭受的损失。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的万分之二向甲方支付违约金。
P:（二）乙方提供的设备或软件不符合约定的，甲方有权要求更换、整改或退货，由此产生的费用由乙方承担。
P:（三）乙方违约金总额以合同总价的百分之十为限；违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十、分包
P:乙方可将桥架安装、线缆敷设等辅助施工分包给具备相应资质的第三方，但应提前五个工作日书面通知甲方；乙方对分包方的施工质量和安全承担全部责任。
H:十一、合同解除
P:（一）乙方逾期超过三十日，或交付成果经两次整改仍不能通过验收的，甲方有权书面解除合同，乙方应退还已收款项并赔偿损失。
P:（二）一方严重违约致使合同目的无法实现的，守约方有权解除合同。
P:（三）合同解除后，乙方应配合甲方完成已安装设备的安全停机、资料移交和现场清理。
H:十二、不可抗力
P:因地震、洪水、台风等不可抗力不能按期履行的，受影响方应及时通知对方并在十日内提供证明，履行期限相应顺延；不可抗力影响超过六十日的，双方协商是否继续履行。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交宁波仲裁委员会仲裁，仲裁裁决是终局的。
H:十四、其他
P:（一）技术协议、投标报价单为本合同附件，与本合同具有同等效力。
P:（二）培训分三期进行，分别面向产线操作工、设备维修工和工艺工程师，每期不少于两天，培训后由乙方出具考核记录。
P:（三）本合同的变更须经双方书面签署补充协议。
P:（四）本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：慈溪澜舟电器有限公司        乙方（盖章）：苏州恒控自动化工程有限公司
P:日期：2026年10月20日
"""

Z03 = """连锁门店预约及会员管理SaaS服务合同

合同编号：YF-IT-2026-0932
甲方：上海悦肤医疗美容连锁管理有限公司
乙方：广州约客云信息技术有限公司

甲方在华东地区经营四十家激光脱毛连锁门店，现委托乙方提供门店预约及会员管理SaaS服务并完成实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其“约客云”平台向甲方提供以下SaaS服务：
1. 线上预约：微信小程序及公众号预约、疗程排期、治疗师及激光设备排班、到店签到和爽约提醒；
2. 会员管理：会员档案、疗程卡及储值卡、积分、会员等级、回访记录；
3. 门店运营：收银对账、耗材库存、治疗记录、门店业绩报表及总部驾驶舱。
（二）实施服务：乙方负责平台开通、四十家门店组织架构及价目配置、历史会员和疗程卡数据迁移、与甲方财务系统的对账接口、小程序定制页面，以及总部和门店人员培训。
（三）服务账号数量：总部管理账号三十个，每家门店账号不超过八个。
（四）乙方应为甲方配备专属客户成功经理一名，负责日常对接、需求收集及季度业务回顾；甲方指定信息部作为本项目的对接部门。
（五）平台应支持记录甲方门店所用主流激光脱毛设备的疗程参数，包括波长、能量密度和光斑大小。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自平台上线验收通过之日起计算，每个服务年度为三百六十五日。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整服务费，每次上调幅度不超过上一服务年度服务费的8%，乙方应在续期前通知甲方。
（三）服务期满或合同解除后，乙方应提供不少于三十日的数据导出过渡期，过渡期内不另行收费。

三、费用及支付
（一）订阅服务费：每家门店每服务年度人民币4,860元，四十家门店每服务年度合计人民币194,400元，两个服务年度合计人民币388,800元。
（二）实施费：人民币86,000元（一次性）。
（三）合同总价：人民币474,800元。
（四）实施费在上线验收通过后十五个工作日内一次付清。订阅服务费按季度于每季度结束后十五个工作日内支付当季费用。
（五）服务期内新增门店的，按每店每服务年度4,860元按月折算计费；关店的，自次月起停止计费。
（六）乙方应于付款前开具增值税专用发票。
（七）除本合同约定外，乙方不得以任何名义向甲方收取其他费用；短信通知费用已包含在订阅服务费内。

四、实施与上线验收
（一）乙方应于合同签订后四十五日内完成实施并提交上线验收申请；逾期的，每逾期一日向甲方支付违约金人民币300元。
（二）上线验收标准：
1. 历史会员、疗程卡余次及储值余额迁移后与原系统逐条核对一致；
2. 四十家门店完成连续五个营业日的试运行，预约、签到、收银、对账全流程无阻断性问题；
3. 财务对账接口连续五日数据一致；
4. 小程序在甲方提供的并发压力场景下，预约提交平均响应时间不超过2秒。
（三）甲方在收到申请后七个工作日内组织验收并签署验收报告；验收不通过的，乙方应在十日内整改后重新申请。门店开始使用系统不视为验收通过。
（四）实施期间乙方应提交实施方案、数据迁移方案和切换计划，经甲方确认后执行；门店应分批切换，每批切换前须完成操作培训。
（五）上线验收通过后，乙方应提交系统配置说明、数据迁移报告和培训记录。

五、服务水平
（一）平台月度可用率不低于99.95%（计划内维护除外，计划内维护应安排在凌晨零时至六时，并提前三日通知甲方）。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或收银）：1小时内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，次日内恢复；
3. 三级故障（一般咨询或不影响营业的问题）：一个工作日内答复。
（三）乙方应提供7×24小时服务热线及在线工单系统，版本更新不得影响甲方已配置的业务流程；重大版本更新应提前十日通知甲方并提供测试环境。
（四）乙方每月向甲方提供服务报告，列明可用率、故障及处理情况。
（五）鉴于平台为多租户共享服务，服务中断或未达到上述指标时，乙方应尽力尽快恢复，但不因此承担服务费扣减、赔偿或违约责任。

六、知识产权
（一）约客云平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、报表模板、财务对接程序及配置方案，其知识产权归甲方所有，甲方有权自行或委托第三方修改和使用。
（三）乙方保证平台及交付成果不侵犯任何第三方的知识产权，因侵权引起的索赔由乙方负责处理并承担费用。

七、数据安全
（一）乙方应采取加密存储、访问控制、操作日志审计等措施保护甲方数据，平台应通过网络安全等级保护三级测评，数据存储于中国境内。
（二）会员个人信息的处理应符合《个人信息保护法》，乙方员工访问甲方数据须经授权并留痕。
（三）发生数据泄露、篡改或丢失的，乙方应在发现后2小时内通知甲方，立即采取补救措施，并承担因其过错给甲方造成的损失。
（四）乙方应每日备份甲方数据，备份保留不少于三十日；每年至少进行一次数据恢复演练并向甲方通报结果。
（五）乙方应对其员工进行数据安全培训，离职员工的系统权限应在当日收回。

八、数据权属
（一）甲方在平台中录入和产生的会员信息、预约记录、治疗记录及经营数据归甲方所有。
（二）甲方同意，乙方可在服务期内及服务期满后，对上述数据进行脱敏和汇总处理，用于乙方产品改进、算法模型训练及发布美业行业分析报告，但不得识别到具体会员个人。
（三）甲方可随时通过平台自行导出其全部数据。

九、保密
双方对在合作中获知的对方商业秘密、价格信息及经营数据负有保密义务，未经对方书面同意不得向第三方披露；保密义务在本合同终止后三年内有效，但依法律规定或监管机关要求披露的除外。

十、违约责任
（一）任何一方违反本合同约定给对方造成损失的，应赔偿对方的实际损失。
（二）甲方逾期支付服务费超过三十日的，乙方有权书面催告后暂停服务，但须提前五日通知。

十一、分包
乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，解除后的服务费不再支付。
（二）合同终止后，乙方应在三十日内按甲方要求的格式导出全部数据交甲方，并在甲方确认后删除平台中的甲方数据。
（三）服务期内，甲方可提前六十日书面通知乙方调整门店数量，费用按本合同第三条（五）项结算。

十三、法律适用和争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十四、其他
本合同附件包括：附件一 功能清单；附件二 实施计划；附件三 服务水平说明。附件与本合同具有同等效力，附件与正文不一致的，以正文为准。
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：上海悦肤医疗美容连锁管理有限公司
乙方（盖章）：广州约客云信息技术有限公司
签订日期：2026年11月3日
"""

Z04 = """冰上运动中心场馆预约系统运维服务合同

合同编号：BSTY-YW-2027-003
采购人（甲方）：北松市体育局（北松市冰上运动中心）
服务商（乙方）：哈尔滨冰程智能科技有限公司

根据北松市体育局2027年度信息系统运维服务采购结果，甲方委托乙方对冰上运动中心速滑馆场馆预约系统提供运维服务。双方依据《中华人民共和国民法典》等法律法规，订立本合同。

第一条 服务对象和范围
1.1 服务对象：冰上运动中心场馆预约系统，包括公众预约小程序、场馆管理后台、闸机及人脸核验终端接口、冰面时段排程模块、培训课程及会员模块、支付对账模块，以及运行上述系统的服务器、数据库和中间件。
1.2 服务内容：日常监控与巡检、故障处理、数据库维护与备份、安全加固与漏洞修复、版本补丁更新、赛事及节假日高峰保障、用户操作支持、运行报告编制。
1.3 本合同不包括新功能开发；甲方提出的功能变更，由双方另行协商。
1.4 乙方应在服务开始后三十日内完成系统资产盘点，形成资产清单、拓扑图和账号权限清单并报甲方确认。
1.5 系统硬件设备的原厂保修由甲方另行采购，乙方负责报修协调并跟踪处理进度。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，不自动续期；甲方需继续采购的，依法重新组织采购。

第三条 服务费用及支付
3.1 运维服务费总额为人民币肆拾陆万捌仟元整（¥468,000），含税，包括人员、工具、差旅及备品备件等全部费用。
3.2 服务费按季度支付，每季度人民币117,000元。每季度结束后，甲方依据第六条进行季度考核，并在考核结果确认后十五个工作日内支付当季服务费（扣除当季应扣款项）。
3.3 甲方不向乙方支付任何预付款。
3.4 乙方应在每次付款前开具合规发票。
3.5 甲方财政资金拨付程序造成的合理延迟，不视为甲方违约。

第四条 服务团队
4.1 乙方派驻现场运维工程师两名，工作日8:30至17:30驻场；冰场开放的周末、节假日及赛事期间安排一名工程师驻场值守，直至当日闭馆。
4.2 乙方另配备数据库工程师和安全工程师各一名提供远程支持。
4.3 驻场人员名单须经甲方确认，乙方更换人员应提前十日书面申请，经甲方同意后方可更换。
4.4 驻场人员须持有相应技术资格证书，并遵守冰上运动中心的安全、消防及着装管理规定。

第五条 服务水平
5.1 系统月度可用率不低于99.95%，计划内维护应安排在闭馆时段并提前两日报甲方同意，不计入不可用时间。
5.2 故障分级及处理时限：
（1）一级故障（预约或入场核验整体中断）：15分钟内响应，1小时内到场，3小时内恢复；
（2）二级故障（单一模块或部分闸机不可用）：30分钟内响应，8小时内恢复；
（3）三级故障（一般缺陷或咨询）：2个工作日内处理完毕。
5.3 乙方每日完成一次系统巡检，每周完成一次全量备份和恢复抽检，每月提交运维月报，每季度提交安全巡检报告。
5.4 大型赛事及春节、元旦等高峰时段，乙方应提前制订保障方案，增派一名工程师驻场。
5.5 乙方应建立备品备件库，闸机读卡模块、人脸核验终端及核心交换机均应配置备件，确保硬件故障在到场后及时更换。
5.6 乙方应每季度组织一次应急演练，演练方案和总结报甲方备案。

第六条 考核与扣款
6.1 每季度由甲方按附件《运维服务考核细则》对乙方进行考核。
6.2 一级故障响应、到场或恢复每超时一小时，扣减当季服务费人民币800元；月度可用率每低于承诺值0.01个百分点，扣减当季服务费人民币1,500元。
6.3 驻场人员无故缺勤的，每人每日扣减人民币600元。
6.4 扣款从当季服务费中直接扣除，乙方应在考核结果确认后五个工作日内提交书面整改说明。

第七条 服务交接与年度验收
7.1 乙方应于2026年12月25日前完成与原运维单位的交接，包括账号、文档、备份介质和遗留问题清单，交接清单经甲方签字确认。
7.2 年度验收标准：（1）全年各月可用率均达到第5.1条要求；（2）一级故障全部在时限内恢复；（3）全年备份恢复抽检全部成功；（4）安全漏洞扫描无高危漏洞遗留；（5）运维文档、配置台账和操作记录完整移交。
7.3 服务期满前十五日，乙方提交年度运维总结，甲方组织年度验收并出具验收意见；第四季度服务费在年度验收通过后支付。
7.4 年度验收不通过的，乙方应在十五日内完成整改并申请复验。

第八条 违约责任
8.1 乙方未按第7.1条约定完成服务交接或未按期提交年度运维总结的，每逾期一日按合同总价的千分之一向甲方支付违约金。
8.2 因乙方过错造成系统数据丢失、设备损坏或甲方其他损失的，乙方应承担赔偿责任。
8.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
8.4 乙方应付的违约金和扣款，甲方可从应付服务费中直接扣除。

第九条 数据安全
9.1 系统中的预约、会员、人脸核验及支付数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他任何目的。
9.2 乙方运维操作须通过甲方堡垒机进行并全程审计；人脸及身份信息的查询须经甲方书面授权；禁止使用个人设备存储甲方数据。
9.3 乙方应落实网络安全等级保护二级要求，发现安全事件或数据泄露的，须在1小时内报告甲方并立即处置；因乙方原因造成数据泄露的，乙方承担全部法律责任和赔偿责任。
9.4 服务期满，乙方应移交全部数据和文档，并销毁其持有的甲方数据副本，出具书面销毁证明。
9.5 乙方远程支持人员访问系统须通过甲方认可的VPN并使用双因素认证，访问记录保存不少于六个月。

第十条 保密
乙方及其人员对履约中知悉的甲方工作信息、系统口令、网络结构和场馆安保方案负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。乙方应与派驻人员签订保密承诺书并报甲方备案。

第十一条 成果归属
乙方在服务期内编写的运维脚本、配置文档、巡检报告、应急预案等成果归甲方所有，甲方可自由使用和修改。

第十二条 分包
乙方不得将本合同服务分包或转包给第三方。

第十三条 合同解除
13.1 乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内未改正的，甲方有权解除本合同，并按实际服务期限结算费用。
13.2 合同解除后，乙方应在五个工作日内完成工作交接，不得以任何理由拒绝或拖延。
13.3 服务期内甲方因机构调整或预算变化需要提前终止的，应提前三十日书面通知乙方，并按实际服务期限结算费用。

第十四条 不可抗力
因不可抗力不能履行的，受影响方应及时通知对方，并在十日内提供证明；双方根据影响程度协商延期或部分免除责任。不可抗力持续超过三十日的，任一方可书面通知解除合同。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十六条 其他
16.1 本合同附件《运维服务考核细则》《系统资产清单》与本合同具有同等法律效力。
16.2 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
16.3 本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：北松市体育局
乙方（盖章）：哈尔滨冰程智能科技有限公司
签订日期：2026年12月10日
"""

Z05 = """# 墨焰工坊生产追踪软件许可及定制开发合同

（墨焰软件标准合同文本 V3.0）

合同编号：MY-HT-2026-0215

甲方（用户）：南阳烙艺坊文化创意有限公司

乙方（供应商）：郑州墨焰信息技术有限公司

鉴于甲方从事烙画工艺品的设计、烙制、上漆及销售，乙方为工艺品作坊管理软件的开发商，甲方拟采购乙方“墨焰工坊”生产追踪软件并委托乙方进行定制开发，双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“墨焰工坊”生产追踪软件标准版的永久使用许可，许可范围为甲方南阳本部工坊及镇平分坊，同时在线用户不超过六十个。

1.2 乙方按甲方确认的需求清单进行定制开发，主要包括：葫芦、木板、宣纸等坯料入库及批次登记；烙制工序的烙铁温度档位、烙制时长和画师记录；上漆工序的漆料批次、遍数、晾干温湿度记录；成品质检拍照及一物一码追溯；订单交期看板。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 软件运行所需的服务器、操作系统、数据库、扫码枪、标签打印机及网络环境由甲方自行准备，相关费用不包含在本合同价款内。

1.5 定制开发范围以双方签字确认的需求清单为准，需求清单以外的功能调整按乙方人员日费标准另行计费。

1.6 乙方负责对甲方指定的不超过二十名人员进行操作培训，培训时间共计两天。

## 第二条 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 墨焰工坊生产追踪软件许可 | 标准版，永久许可，两个工坊 | 720,000 |
| 2 | 定制开发 | 按需求清单，共十四项功能 | 132,000 |
| 3 | 安装部署及培训 | 含基础数据初始化 | 48,000 |
| | 合同总价 | | 900,000 |

合同总价为人民币玖拾万元整，含增值税。上述价款不包括第三方软件、硬件设备及超出约定范围的差旅费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币585,000元。乙方收到该笔款项后开始安排开发和实施工作。

3.2 软件安装上线后十个工作日内，甲方支付合同总价的35%，即人民币315,000元。

3.3 甲方未按期付款的，每逾期一日，应按逾期金额的千分之二向乙方支付违约金，且乙方有权暂停开发、实施和技术支持，工期相应顺延。

3.4 乙方在收到每笔款项后十五个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到第3.1条款项后六十个工作日内完成软件安装及定制功能部署。

4.2 因甲方需求变更、资料提供不及时或现场条件不具备导致的延误，交付时间相应顺延。

4.3 乙方交付时提供安装介质、用户操作手册及培训签到表。

4.4 甲方应为乙方实施人员提供工作场所、网络接入和必要的配合人员；工坊内有明火烙制和漆料作业的，乙方人员按甲方现场安全要求进入。

4.5 甲方应在安装上线前完成坯料、漆料、画师及产品编码等基础数据的整理，并按乙方模板提供。

## 第五条 验收

5.1 软件安装上线后，即视为甲方验收合格。

5.2 甲方在上线后使用软件的，视为对交付成果的确认，甲方不得再以功能不符为由拒付款项。

## 第六条 免费维护与技术支持

6.1 软件免费维护期为六个月，自软件安装上线之日起计算。免费维护期内，乙方提供软件缺陷修复和远程技术支持。

6.2 甲方报告的故障按以下方式处理：一级（紧急）故障，即软件整体无法使用的，乙方在8小时内响应；二级故障在两个工作日内响应；其他问题在五个工作日内答复。

6.3 乙方将尽力在合理时间内解决故障，但不对故障处理时限作出保证，亦不因故障响应或处理超时承担扣款、赔偿或违约金。

6.4 现场支持仅在远程无法解决时提供，免费维护期内每季度不超过一次，超出部分按乙方人员日费标准另行收费。

6.5 因甲方自行修改配置、擅自安装其他软件或硬件故障引起的问题，不属于免费维护范围。

6.6 乙方提供工作日9:00至18:00的电话和远程支持，节假日不提供服务。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年人民币180,000元，在每个维护年度开始前一次性支付。

7.2 年度维护服务包括软件缺陷修复、小版本升级、远程技术支持；软件大版本升级、新功能开发和现场服务另行收费。

7.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持和升级服务。

7.4 年度维护服务期满前，双方可续签下一维护年度的维护合同，维护费标准按第7.1款执行。

## 第八条 知识产权

8.1 “墨焰工坊”软件标准版的著作权及相关知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、源代码、数据库设计及相关文档的知识产权均归乙方所有。甲方在本合同约定的许可范围内享有非独占的使用权，不得修改、反编译，不得转让或许可第三方使用。

8.3 乙方有权将定制开发成果用于其他客户或纳入乙方标准产品。

8.4 甲方可使用软件生成的报表及追溯码，用于自身经营和产品宣传。

## 第九条 数据安全

9.1 甲方在软件中录入和生成的生产、订单、客户及画师作品数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方在远程维护时应使用甲方分配的账号，采取必要的安全措施，防止甲方数据泄露、篡改或丢失；发现数据安全事件的，乙方应及时通知甲方并协助处理，因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

9.3 乙方在维护过程中查阅甲方数据的，仅限于排查故障所需。甲方应自行做好数据备份，乙方建议甲方每日备份数据库。

## 第十条 保密

双方对在签订和履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内有效。甲方不得向第三方披露乙方的软件源代码、价格及本合同条款。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方对甲方的间接损失、利润损失、商誉损失及数据恢复费用不承担责任。

11.3 因甲方计算机环境、网络条件或操作不当导致软件无法正常运行的，乙方不承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 合同解除的，甲方已支付的许可费不予退还。

12.3 甲方单方解除合同的，应支付乙方已完成工作的费用，并赔偿乙方因此遭受的损失。

## 第十三条 不可抗力

因不可抗力导致一方不能履行本合同的，该方不承担违约责任，但应及时通知对方并提供证明。不可抗力持续超过六十日的，双方可协商解除合同。

## 第十四条 争议解决

因本合同发生的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同的附件包括需求清单和报价单，附件与本合同不一致的，以本合同为准。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.3 乙方有权在其官方网站及宣传材料中将甲方列为客户案例。

15.4 双方往来通知以本合同首页所列地址或电子邮箱送达，发出之日起第三日视为送达。

甲方（盖章）：南阳烙艺坊文化创意有限公司

乙方（盖章）：郑州墨焰信息技术有限公司

签订日期：2026年11月18日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. ZKS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 2 November 2026 between Qingdao Haiyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer"), and Khabur Valley Software Company LLC, a company registered in Zakho, Duhok Governorate, Kurdistan Region of Iraq (the "Vendor").
P:The Customer operates four temperature-controlled warehouses and wishes to replace its warehouse management system. The Vendor is the developer of the FrostLine WMS software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FrostLine WMS release 7 in object code, including the cold-room monitoring, slotting, wave picking, lot and expiry control and yard management modules listed in Annex 1.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configurations and any other work product the Vendor creates specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has met the acceptance criteria.
P:1.4 "Customer Data" means all data entered into, processed by or generated by the Software in the Customer's environment, including inventory, shipment, temperature and customer records.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's four warehouses in Qingdao, Jinan, Yantai and Weifang, for up to 60 named users and 180 handheld terminal users.
P:2.2 The Vendor shall implement the Software, build interfaces with the Customer's ERP, transport management and temperature logger systems, migrate open inventory and master data, and train key users and administrators, all as described in Annex 2.
P:2.3 The Customer may make reasonable copies of the Software for back-up, testing and disaster recovery without additional fees.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,900,000, inclusive of all taxes, made up of: (a) Licence Fee CNY 1,260,000; (b) implementation and data migration CNY 420,000; (c) interface development CNY 186,000; and (d) training CNY 34,000.
P:3.2 The price is fixed and covers all travel, accommodation and remote work of the Vendor's personnel. Any change in scope shall be agreed in a written change order signed by both parties before work starts.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within twenty days after signature, against the Vendor's invoice and an advance-payment guarantee of the same amount issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the total price within twenty days after go-live of all four warehouses, as confirmed in a go-live certificate. Go-live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within twenty days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and data migration within ninety days after signature, according to the project plan in Annex 2.
P:5.2 The acceptance criteria are: (a) all functions in Annex 1 pass the agreed test scripts; (b) inventory reconciliation between the Software and a physical count shows no unexplained variance in any warehouse; (c) all interfaces run for ten consecutive working days without data loss; (d) handheld transactions complete within two seconds at peak load; and (e) a thirty-day stable operation period ends without any Severity 1 incident.
P:5.3 When the criteria are met, the Customer shall issue a Final Acceptance certificate within ten working days. Productive use of the Software, go-live or any payment does not mean acceptance. If the criteria are not met, the Vendor shall correct the defects and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period all corrections, patches, new releases and remote and on-site support are free of charge.
P:6.2 Severity 1 incidents (a warehouse cannot receive, pick or ship) shall be responded to within one hour, with a workaround within six hours. Severity 2 incidents shall be responded to within two hours, Severity 3 incidents on the next working day.
P:6.3 For each full hour by which the Vendor misses the Severity 1 response or workaround time, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period, the Vendor shall provide annual support at 11% of the Licence Fee, being CNY 138,600 per year. This fee is fixed for the first three support years. Each support year is ordered by a separate purchase order and does not renew automatically.
P:6.5 The Vendor shall keep the Software compatible with new versions of the operating systems and databases named in Annex 1 for as long as support is purchased.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer from creation. The Vendor shall deliver their source code and build instructions at Final Acceptance. The Customer may use, modify and license the Custom Deliverables to third parties freely.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and for no other purpose, including in anonymised or aggregated form.
P:8.2 The Software is installed in the Customer's data centre in Qingdao. The Vendor's staff may access it remotely only through the Customer's bastion host, with multi-factor authentication and session recording, after approval of each session. No Customer Data may be copied or transferred outside the Customer's environment.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing this Agreement. It shall notify the Customer of any security incident affecting Customer Data within eight hours of discovery, cooperate in the investigation and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including prices, customer lists and system designs, use it only for this Agreement and disclose it only to staff and advisers who need to know it.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to reach Final Acceptance by the date in the project plan for reasons attributable to it, it shall pay delay damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 The total liability of the Vendor under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
P:10.3 Neither party is liable for indirect or consequential loss, except under the exclusions in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature and continues until the end of the Warranty Period. The licence in Article 2.1 survives.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. The Customer may also terminate if the delay damages reach their maximum.
P:12.3 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted and deliver all completed Custom Deliverables.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than sixty days, either party may terminate by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Iraq.
P:14.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of the parties. If it is not settled within thirty days, it shall be finally settled by arbitration under the Arbitration Rules of the International Chamber of Commerce, seated in Erbil, Kurdistan Region of Iraq, in the English language.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Software and Functional Scope) and Annex 2 (Implementation Plan and Training), is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses on the first page or to such other address as a party notifies.
P:15.3 This Agreement is signed in two originals in English, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — QualiTrack Cloud Subscription

Order Form No. RQL-OF-2026-0388

This Order Form is entered into between **Ranya Quality Labs Ltd.**, registered in Ranya, Sulaymaniyah Governorate, Kurdistan Region of Iraq ("Provider"), and **Xiamen Bluewave Seafood Processing Co., Ltd.**, registered in Xiamen, Fujian Province, People's Republic of China ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

QualiTrack Cloud, Enterprise edition: HACCP plan management, supplier and raw-material certificates, cold-chain temperature records, laboratory sample results, non-conformance and CAPA workflows, internal audit checklists and export-market document packs. The Service is hosted in Provider's data centre region in Shanghai, operated by its PRC hosting partner named in Part B, Section 7.

### A2. Subscription Term

Twenty-four (24) months from the Subscription Start Date, which is the date of Go-Live Acceptance under A5. The Subscription Term ends automatically at its expiry. Any further term requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| QualiTrack Cloud Enterprise subscription, year 1 | 300 users | 840 per user per year | 252,000 |
| QualiTrack Cloud Enterprise subscription, year 2 | 300 users | 840 per user per year | 252,000 |
| Onboarding (configuration, data migration, two interfaces, training) | 1 lot | 46,000 | 46,000 |
| **Total Order Value** | | | **550,000** |

All amounts include VAT. Additional users may be added at the same unit price, pro rata to the end of the current subscription year.

### A4. Invoicing and Payment

(a) The Onboarding fee is invoiced after Go-Live Acceptance.

(b) Subscription fees are invoiced quarterly in arrears, CNY 63,000 per quarter, after the end of each calendar quarter of the Subscription Term.

(c) Customer shall pay each undisputed invoice within thirty (30) days of receipt. No amount is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall complete Onboarding within fifty (50) days after signature of this Order Form. Onboarding covers configuration of Customer's three plants, migration of supplier certificates and open CAPA records, the interface with Customer's ERP for purchase receipts and the interface with its temperature-logger platform, and training of quality staff.

(b) Go-Live Acceptance criteria: (i) all workflows in the agreed configuration workbook pass Customer's test scripts; (ii) migrated records reconcile with the source files with no missing record; (iii) both interfaces run for ten consecutive working days without data loss; and (iv) pages load within three seconds for 150 concurrent users. Customer shall issue a written Go-Live Acceptance certificate within seven working days after the criteria are met. Use of the Service for testing or training is not acceptance.

(c) If Onboarding is not completed on time for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay, deductible from the Onboarding fee and subsequent invoices.

### A6. Contacts and Signatures

Provider account manager: Karwan Aziz, operations@ranyaqualitylabs.example. Customer project owner: Lin Xiaoqing, Quality Director.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed cloud service described in A1, including updates Provider makes generally available.

1.2 "Customer Data" means all data, documents and records uploaded to or generated in the Service by or for Customer.

1.3 "Customer Configurations" means the workflows, forms, report templates and interface mappings created for Customer during Onboarding or later at Customer's request.

### 2. Service Levels

2.1 Provider shall make the Service available at least 99.5% of each calendar month, excluding scheduled maintenance notified at least three days in advance and performed between 00:00 and 05:00 China Standard Time.

2.2 Incident response: Priority 1 (Service unavailable or data cannot be saved) within thirty minutes, 24 hours a day; Priority 2 (a major function impaired) within two hours during business hours; Priority 3 on the next business day.

2.3 If monthly availability falls below the commitment in 2.1, Customer receives a service credit of 5% of the monthly share of the subscription fee for each full 0.1 percentage point of shortfall, up to 50% of that monthly share. If a Priority 1 response is late, Customer receives a credit of CNY 800 per late incident. Credits are deducted from the next invoice.

2.4 Provider shall publish a monthly service report showing availability, incidents and their resolution.

2.5 Support is provided in Chinese and English through a ticket portal and a hotline. Customer may name up to ten authorised support contacts.

2.6 Provider may improve the Service from time to time, but shall not remove a function Customer uses in its agreed configuration, and shall announce any major release at least thirty days in advance with a test environment available to Customer.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Provider acquires no rights in Customer Data and shall process it only to provide the Service to Customer, on Customer's instructions, and for no other purpose, whether in identifiable, anonymised or aggregated form.

3.2 At any time during the Subscription Term and for sixty days after it ends, Customer may export all Customer Data in CSV and PDF formats. Provider shall then delete Customer Data from the Service and its back-ups within thirty days and confirm the deletion in writing.

### 4. Data Security

4.1 Provider shall maintain ISO 27001 certification for the Service, encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, log all administrative access, and keep Customer Data within mainland China.

4.2 Provider shall notify Customer of any security incident affecting Customer Data without undue delay and in any event within twelve hours, provide a written incident report, and bear the costs and losses caused by an incident resulting from its breach of this Section.

4.3 Provider shall back up Customer Data daily, keep the back-ups for thirty days in a second facility in Shanghai, and test restoration at least twice a year, reporting the results to Customer.

### 5. Intellectual Property

5.1 Provider retains all rights in the Service and its underlying software.

5.2 Customer Configurations belong to Customer. Provider shall deliver them in a documented export format on request, and Customer may use, modify and have third parties use them freely, including with another system.

### 6. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Order Form and disclose it only to employees and advisers bound by equal obligations. This Section survives for five years after the Subscription Term.

### 7. Subcontractors

Provider hosts the Service with Shanghai Yunhe Data Services Co., Ltd., which Customer approves by signing this Order Form. Any other subcontractor that performs any part of the Service or may access Customer Data requires Customer's prior written consent. Provider remains responsible for its subcontractors.

### 8. Limitation of Liability

8.1 Each party's total aggregate liability arising out of this Order Form is limited to the fees paid by Customer in the six (6) months before the event giving rise to the claim.

8.2 Neither party is liable for loss of profit or indirect loss.

8.3 The limit in 8.1 does not apply to Customer's obligation to pay the fees.

### 9. Customer Responsibilities

9.1 Customer is responsible for the accuracy of the data it enters, for keeping user credentials secure and for the conduct of its users.

9.2 Customer shall not use the Service to store data unrelated to its quality management, attempt to access other tenants' data or test the security of the Service without Provider's agreement.

9.3 Provider may suspend a user account that is clearly compromised, after notifying Customer's project owner, and shall restore it as soon as the risk is removed.

### 10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and fails to cure the breach within thirty days after written notice.

10.2 On termination by Customer under 10.1, Customer pays only for the Service provided up to the termination date, and Provider shall support the data export under 3.2 free of charge.

### 11. Force Majeure

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, war, or government action, provided it informs the other party promptly. This does not excuse Provider from maintaining the disaster-recovery arrangements described in its security documentation.

### 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 13. General

13.1 Neither party may assign this Order Form without the other's written consent.

13.2 Amendments must be in writing and signed by both parties. Provider may not change these General Terms by updating any online document.

13.3 Notices shall be sent to the contacts in A6 by email with confirmation by courier.

13.4 This Order Form is signed in English and Chinese; both versions have equal effect.
"""

E03 = """T:Purchase Contract for Grain Silo Sensing Equipment and Monitoring Software
P:Contract No. JCGR-IT-2026-071
P:Buyer: Hubei Jingchu Grain Reserve Co., Ltd., No. 88 Gangcheng Road, Jingzhou, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Euphrates Agritech Instruments Co., Manbij, Aleppo Governorate, Syria (the "Supplier").
P:The Buyer intends to upgrade the temperature, humidity and gas monitoring of its twenty-four steel silos and six flat warehouses at the Jingzhou reserve depot. Following the Buyer's competitive negotiation, the parties agree on the terms below, which are the Buyer's standard purchase terms.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensing cables, sensors, gateways and accessories listed in the price table in clause 2.1.
P:1.2 "Software" means the SiloSense monitoring platform, version 4, including the alarm engine, three-dimensional silo temperature view, fumigation gas module and mobile application.
P:1.3 "Custom Work" means the dashboards, alarm rules, reports and the interface with the provincial grain reserve supervision platform that the Supplier develops for the Buyer under this Contract.
P:1.4 The Supplier shall supply, install and commission the Equipment, install and configure the Software on the Buyer's servers, develop the Custom Work, and train the Buyer's warehouse keepers and IT staff.
H:2. Price
P:2.1 The contract price is set out in the following table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature sensing cable, 12 points per cable|480|1,150|552,000
TB:2|Wireless gateway with 4G back-up and solar power|24|8,600|206,400
TB:3|Combined humidity, phosphine and CO2 sensor|96|2,350|225,600
TB:4|SiloSense monitoring software, perpetual licence, one depot|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||1,252,000
TB:5|Installation, commissioning and Custom Work|1 lot|146,000|146,000
TB:6|Training of warehouse and IT staff|1 lot|18,000|18,000
TB:|Contract Price (VAT included)|||1,416,000
P:2.2 The Contract Price is fixed and includes packing, transport to the depot, insurance, import duties, installation materials and all travel costs of the Supplier.
H:3. Payment
P:3.1 Within twenty days after signature and receipt of the Supplier's bank guarantee for the same amount, the Buyer pays 10% of the Contract Price as an advance.
P:3.2 Within twenty days after all Equipment has been delivered and installed, as recorded in a jointly signed installation record, the Buyer pays 55% of the Contract Price. The installation record does not constitute acceptance.
P:3.3 Within twenty days after Final Acceptance, the Buyer pays the remaining 35% of the Contract Price.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's authorised agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Jingzhou depot within seventy days after signature and complete installation within thirty days after delivery.
P:4.2 Installation inside silos shall be carried out only when the silo is empty or after the Buyer's written permission, following the Buyer's rules on confined spaces, work at height and fumigation safety.
P:4.3 If the Supplier fails to meet the delivery or installation dates, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.4 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, and calibration certificates for every sensor type. The Supplier shall remove all packing waste from the depot.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensing point reports to the Software and the readings of thirty randomly chosen points deviate by no more than 0.5 degrees Celsius from a calibrated reference thermometer; (b) humidity and gas readings pass a side-by-side test with the Buyer's portable instruments; (c) alarms reach the duty officer's mobile application within sixty seconds; (d) data reaches the provincial supervision platform without loss for ten consecutive days; and (e) the system runs for sixty days without a Critical fault.
P:5.2 The Buyer shall carry out the acceptance tests within ten working days after the Supplier's written request and issue a Final Acceptance certificate when the criteria are met. Installation, use of the system or any payment does not constitute acceptance.
P:5.3 If any criterion is not met, the Supplier shall remedy the defect within fifteen days and the test shall be repeated at the Supplier's cost.
P:5.4 Before the acceptance tests start, the Supplier shall hand over as-built drawings showing the position of every sensing cable, the configuration of each gateway and the administrator manual.
H:6. Warranty and After-Sales Service
P:6.1 The warranty period for the Equipment and the Software is thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, supply Software updates and provide remote and on-site support.
P:6.2 Faults are classified and handled as follows:
TB:Fault level|Description|Response time|On-site or restore time
TB:Critical|Software down, or alarms of one or more silos not received|2 hours|24 hours
TB:Major|A gateway or more than five sensors offline|6 hours|48 hours
TB:Minor|Single sensor or display issue|Next working day|7 days
P:6.3 For each hour by which the Supplier misses a Critical response or restore time, it shall pay the Buyer CNY 800, which the Buyer may deduct from any payment or from the warranty bond.
P:6.4 After the warranty period, the Supplier shall provide maintenance at an annual fee of 7% of the Hardware and Licence Subtotal, being CNY 87,640 per year. The fee shall not increase for the first two years after the warranty period. Maintenance is renewed only by a written order from the Buyer.
P:6.5 The Supplier shall stock spare sensors and gateways in Wuhan, keep spare parts available for at least eight years after Final Acceptance, and appoint a Chinese-speaking service partner in Hubei Province approved by the Buyer.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, non-exclusive licence to use it for the depot, including after the warranty period and whether or not maintenance is purchased.
P:7.2 The Custom Work, including its source code and documentation, belongs to the Buyer. The Buyer may use, modify and license the Custom Work freely and may engage third parties to maintain it.
P:7.3 The Supplier warrants that the Equipment and Software do not infringe any third-party rights and shall indemnify the Buyer against any such claim.
H:8. Data
P:8.1 All grain condition data, alarm records, inventory information and operating logs collected by the system belong to the Buyer. The Supplier shall not use them for any purpose other than performing this Contract, nor in anonymised, aggregated or derived form.
P:8.2 The Software and all data shall be hosted on the Buyer's servers in Jingzhou. The gateways shall transmit data only to the Buyer's servers, encrypted, and shall not send any data to the Supplier or any other destination.
P:8.3 Remote maintenance requires the Buyer's approval for each session and is carried out through the Buyer's VPN and audit system. The Supplier shall follow the Buyer's information security rules and applicable PRC law, report any security incident within six hours, and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the grain stock quantities, depot layouts, security arrangements and all other non-public information of the Buyer, and shall not disclose them to any third party without the Buyer's written consent.
P:9.2 This obligation survives termination of this Contract for five years.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting and Assignment
P:11.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains fully responsible for any approved subcontractor.
P:11.2 Neither party may assign this Contract without the other party's written consent.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the liquidated damages under clause 4.3 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment and services not accepted and bear the Buyer's reasonable extra costs of completing the work.
H:13. Force Majeure
P:13.1 A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. Time for performance is extended by the period of the event. If the event continues for more than ninety days, either party may terminate this Contract.
P:13.2 Export restrictions or shipping disruptions affecting the Supplier are not force majeure unless they could not have been foreseen at signature and the Supplier has tried in good faith to source the items through its Chinese service partner.
H:14. Governing Law and Dispute Resolution
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
H:15. Miscellaneous
P:15.1 This Contract is made in Chinese and English, both equally authentic, in four originals, two for each party.
P:15.2 It takes effect on signature by both parties' authorised representatives and the affixing of the Buyer's contract seal.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

**Agreement No.** CDKY-MSA-2027-002

**Between**

**Chengdu Kangyuan Pharmaceutical Distribution Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Chengdu, Sichuan Province ("**Customer**"); and

**Al-Jazira Network Services Company**, a company registered in Deir ez-Zor, Syria, acting in China through its technical office in Chengdu ("**Provider**").

**Background.** Customer runs seven regional distribution centres and a head office. It wishes to outsource the day-to-day operation of its network, server and end-user infrastructure to Provider for thirty-six months. The parties agree as follows.

## Section 1. Definitions

1.1 "**Services**" means the managed services described in Schedule 1.

1.2 "**Service Commencement Date**" means the date on which Customer signs the Transition Acceptance certificate under Section 4.

1.3 "**Customer Data**" means all data of Customer, its customers, suppliers and employees that Provider accesses, stores or processes when performing the Services.

1.4 "**Deliverables**" means the runbooks, network diagrams, configuration baselines, scripts, CMDB records and reports produced by Provider for Customer.

## Section 2. Services and Term

2.1 Provider shall perform the Services for all sites listed in Schedule 1 from the Service Commencement Date for a term of thirty-six (36) months (the "**Term**").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties, and the charges for any extension shall be agreed at that time; they are not increased automatically.

2.3 Provider shall assign a named service delivery manager based in Chengdu and keep a service desk staffed in Mandarin and English.

2.4 Provider shall staff the Services with qualified engineers. Key personnel named in the transition plan may be replaced only with persons of equal qualification, after informing Customer's IT manager. Provider's staff working at Customer's sites shall follow Customer's site rules, including the pharmaceutical warehouse hygiene and cold-room access rules.

2.5 Customer shall give Provider's staff the access, workspace and information reasonably needed to perform the Services, and shall keep its software licences and hardware maintenance contracts with manufacturers in force.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The total contract value is CNY 2,180,000.

3.2 The one-time Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, and Customer shall pay within thirty days after receipt of a correct VAT invoice.

3.3 Customer makes no advance payment. Service credits under Schedule 3 are deducted from the invoice for the following month.

3.4 The charges are fixed for the Term. Additional devices beyond the volume bands in Schedule 2 are charged at the unit rates stated there.

## Section 4. Transition and Acceptance

4.1 Provider shall complete transition within sixty days after signature. Transition covers discovery of all assets, knowledge transfer from Customer's current staff, set-up of monitoring tools and the service desk, and documentation of runbooks.

4.2 Transition Acceptance criteria are: (a) at least 98% of assets in the agreed inventory are discovered and recorded in the CMDB; (b) all network devices and servers are monitored with alerting tested; (c) runbooks for the twenty most frequent incident types are approved by Customer; and (d) a parallel run of ten working days completes without a missed Priority 1 incident.

4.3 Customer shall confirm or reject in writing within five working days after Provider's notice that the criteria are met. Customer's use of any part of the Services before then does not constitute acceptance.

4.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 1,800 for each day of delay, up to a maximum of CNY 90,000.

## Section 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 3. Service credits are Customer's compensation for the service level failure concerned and do not limit Customer's right to claim damages for other breaches.

5.2 Provider shall deliver a monthly service report and hold a monthly review meeting with Customer's IT manager, and a quarterly review with Customer's management.

## Section 6. Changes and Continuous Improvement

6.1 Either party may request a change to the Services. Provider shall respond within ten working days with the effect on charges, service levels and timing. No change is binding until both parties sign a change note.

6.2 Provider shall propose at least two improvement initiatives each quarter to reduce recurring incidents, and shall implement the approved ones without extra charge where they fall within the scope in Schedule 1.

## Section 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose, including in aggregated or anonymised form.

7.2 At the end of the Term Provider shall return all Customer Data and Deliverables to Customer.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business, technical and financial information, use it only for this Agreement, and not disclose it to third parties without prior written consent, except to professional advisers and as required by law.

8.2 This Section survives for three years after expiry or termination.

## Section 9. Intellectual Property

9.1 Provider keeps its pre-existing tools and methods.

9.2 The Deliverables belong to Customer. Customer may use, modify and disclose them freely, including to a successor service provider.

## Section 10. Subcontracting

10.1 Provider may subcontract field engineering at the distribution centres, after-hours monitoring and hardware repair to third parties of its choice by giving Customer fourteen days' written notice before the subcontractor starts work.

10.2 Provider remains responsible for the performance of its subcontractors.

## Section 11. Liability

11.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

11.2 Neither party is liable for indirect or consequential loss or loss of profit.

## Section 12. Duration and Ending

12.1 This Agreement cannot be terminated before the end of the Term, except by written agreement of both parties.

12.2 If Provider fails to meet a service level or commits any other breach, including a material breach, Customer's remedies are the service credits in Schedule 3 and a claim for damages under Section 11. Customer may not terminate this Agreement on account of such breach.

12.3 Provider may suspend the Services if an undisputed invoice remains unpaid for sixty days after a written reminder.

12.4 At the end of the Term, Provider shall provide up to ninety days of exit assistance at the rates in Schedule 2 to transfer the Services to Customer or its new provider.

## Section 13. Force Majeure

A party is not liable for failure caused by events beyond its reasonable control, provided it gives prompt notice and uses reasonable efforts to resume performance.

## Section 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding.

## Section 15. General

15.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject. Schedules 1 to 3 form part of it.

15.2 Amendments must be in writing and signed by both parties.

15.3 Notices shall be given in writing to the addresses above, marked for the attention of each party's contract manager.

15.4 Provider shall obtain and maintain at its own cost all permits and registrations needed to perform the Services in China, including those of its Chengdu technical office.

Signed for Customer: ____________________    Signed for Provider: ____________________

## Schedule 1 — Scope of Services

| Service element | Scope | Service hours |
|---|---|---|
| Service desk | Single point of contact for 1,150 users, tickets, telephone and chat | 7:00–22:00 daily |
| Network operations | 8 sites, 34 switches, 16 firewalls, SD-WAN edges, warehouse Wi-Fi | 24x7 monitoring |
| Server and storage operations | 62 virtual and 14 physical servers, backup appliance | 24x7 monitoring |
| End-user support | Desktops, laptops, handheld scanners, label printers | Site working hours |
| Patch and change management | Monthly patching, change advisory board | Business hours |
| Asset and configuration management | CMDB, lifecycle reports | Business hours |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, after Transition Acceptance | 92,000 |
| Monthly Service Charge | 58,000 per month x 36 months | 2,088,000 |
| Total contract value | | 2,180,000 |
| Additional end-user device above 1,300 | Per device per month | 35 |
| Exit assistance | Per engineer day | 2,600 |

## Schedule 3 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 incident response (site or warehouse system down) | 15 minutes | CNY 1,000 per late incident |
| Priority 1 incident restoration | 3 hours | CNY 500 per hour beyond target |
| Priority 2 incident response | 1 hour | CNY 300 per late incident |
| Monthly availability of network core and WAN | 99.95% | 3% of Monthly Service Charge per 0.02 percentage point below target |
| Service desk calls answered within 30 seconds | 90% | 2% of Monthly Service Charge if missed |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
(MARITIME AND PORT DATA API)

Agreement No.: TDM-SUB-2026-117

PARTIES

(1) Tadmor Maritime Data Services LLC, a company registered in Palmyra, Homs Governorate, Syria ("Provider").

(2) Ningbo Huaxin Commodity Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province ("Customer").

RECITALS

Customer trades iron ore, coal and grain and charters bulk carriers for its cargoes. It wishes to receive vessel position, port call and port congestion data through an application programming interface for use in its chartering and trade-operations systems. Provider compiles such data from terrestrial and satellite AIS receivers and port sources. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the vessel positions, voyage histories, port calls, berth line-ups, congestion indicators and related data made available by Provider through the API.

1.2 "API" means Provider's REST and streaming interfaces, with the documentation published in Provider's developer portal.

1.3 "Subscription Year" means each period of three hundred and sixty-five days starting on the Activation Date or on an anniversary of it. The initial term of this Agreement is two Subscription Years.

1.4 "Activation Date" means the date on which Customer signs the activation acceptance under Clause 4.

1.5 "Customer Query Data" means the vessel watchlists, cargo positions, voyage plans, search queries and any other data that Customer or its users submit to the API, and the results generated specifically for them.

1.6 "Custom Integration" means the connector, mapping tables and scheduled jobs that Provider builds to feed the Licensed Data into Customer's chartering system and trade-operations database.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the term of this Agreement, a non-exclusive, non-transferable licence to access the API and to use the Licensed Data for Customer's internal business purposes, including in reports to Customer's management, banks and insurers.

2.2 The subscription covers up to forty named users, two production API keys and one test key, and up to 2,000,000 API calls per Subscription Year. Calls above this allowance are charged as usage overage under Clause 3.3.

2.3 Customer may keep and continue to use Licensed Data downloaded during the term, in its internal records and reports, after the term ends.

2.4 Customer shall not resell the Licensed Data or make it available to third parties as a data product.

2.5 Customer's affiliates in mainland China may use the subscription within the named-user limit, and Customer is responsible for their compliance with this Agreement.

3. FEES AND PAYMENT

3.1 The fees are:
(a) subscription fee, Subscription Year 1: CNY 336,000;
(b) subscription fee, Subscription Year 2: CNY 336,000;
(c) one-time set-up fee for the Custom Integration: CNY 18,000.
The total fees for the initial term are CNY 690,000, including VAT.

3.2 The set-up fee is payable within thirty days after the Activation Date. Each Subscription Year's fee is invoiced in four equal quarterly instalments of CNY 84,000, at the start of each quarter of that Subscription Year, and is payable within thirty days after the invoice.

3.3 Usage overage is charged at CNY 900 per additional 100,000 API calls, invoiced quarterly in arrears. Provider shall warn Customer by email when eighty percent of the annual allowance has been used.

3.4 All payments are made in CNY to Provider's account with its collection agent in Shanghai.

4. SET-UP AND ACTIVATION

4.1 Provider shall deliver the API credentials and complete the Custom Integration within thirty days after signature.

4.2 Activation acceptance requires that: (a) Customer's watchlist of up to 600 vessels returns positions no older than the update interval stated in the documentation for every vessel on Provider's published coverage list during five consecutive days; (b) port call records for twenty named ports reconcile with Customer's own voyage records for the previous quarter with no unexplained gap; and (c) the Custom Integration loads data into Customer's systems every day of a ten-day test without failure. Customer shall confirm or reject activation in writing within five working days after Provider's notice.

4.3 If activation is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, deductible from the set-up fee and the first invoices.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and the Licensed Data current. Provider does not commit to any availability level, update latency or incident response time.

5.2 Support is provided through the developer portal and by email during Provider's business hours. Provider answers support requests in the order received.

5.3 Provider may carry out maintenance of the API at any time and will try to announce planned maintenance in the developer portal in advance.

5.4 Provider may change the API from time to time. It will give Customer at least ninety days' notice before retiring an API version that Customer uses.

5.5 Customer may ask for a quarterly account review in which Provider explains changes in data coverage, sources and methods.

6. INTELLECTUAL PROPERTY

6.1 The Licensed Data, the API and Provider's databases remain the property of Provider and its data suppliers.

6.2 The Custom Integration, including its source code and documentation, belongs to Customer from creation. Customer may use, modify and license it freely and may have it maintained by third parties.

7. CUSTOMER QUERY DATA

7.1 Customer Query Data belongs to Customer. Provider shall use it only to provide the subscription to Customer and shall not use it for any other purpose, including in anonymised, aggregated or derived form, and shall not disclose Customer's watchlists or cargo positions to any other person.

7.2 Within thirty days after the end of the term Provider shall delete all Customer Query Data and confirm deletion in writing.

8. DATA SECURITY

8.1 Provider shall protect Customer Query Data with industry-standard measures, including encryption in transit and at rest, access restricted to named staff with multi-factor authentication, and logging of all access.

8.2 Customer Query Data shall be stored in Provider's hosting environment in mainland China and shall not be transferred elsewhere without Customer's written consent. Provider shall comply with the PRC Data Security Law and Personal Information Protection Law to the extent they apply.

8.3 Provider shall notify Customer of any security incident affecting Customer Query Data within twenty-four hours after discovery, take immediate remedial steps, and compensate Customer for losses caused by its breach of this Clause 8.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Customer's trading positions and counterparties and Provider's pricing, and shall use it only for this Agreement.

9.2 The obligations in this Clause 9 continue for three years after the end of this Agreement.

10. TERM, RENEWAL AND TERMINATION

10.1 This Agreement starts on signature and continues until the end of the second Subscription Year.

10.2 After the initial term, this Agreement renews automatically for successive periods of one Subscription Year unless either party gives written notice of non-renewal at least ninety days before the end of the current Subscription Year. Provider may increase the subscription fee for any renewal Subscription Year by up to 9% over the fee for the preceding Subscription Year, by notice given at least sixty days before the renewal.

10.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it.

10.4 If Customer terminates under Clause 10.3, Provider shall refund the subscription fees paid for the period after termination.

11. LIABILITY

11.1 Provider does not warrant that the Licensed Data is complete or free from error, as it depends on third-party signals and sources, but shall correct errors notified by Customer within a reasonable time.

11.2 Each party's total liability under this Agreement is limited to 200% of the total fees in Clause 3.1, except for breach of Clauses 7, 8 and 9, fraud and wilful misconduct, which are not limited.

11.3 Neither party is liable for loss of profit or for indirect loss.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Provider shall not subcontract the Custom Integration or any processing of Customer Query Data without Customer's prior written consent. Provider's purchase of raw AIS signals from data suppliers is not subcontracting.

12.2 Neither party may assign this Agreement without the other party's written consent.

13. COMPLIANCE

13.1 Each party shall comply with the export control and sanctions laws applicable to it. Provider confirms that the delivery of the Licensed Data to Customer does not require any licence from any authority.

13.2 Customer is responsible for the lawful use of the Licensed Data in its own business.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules. The award is final and binding.

15. GENERAL

15.1 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

15.2 Notices shall be sent by email and courier to the addresses given by each party at signature.

15.3 This Agreement is signed in English in two originals, one for each party.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

# ---------------------------------------------------------------- files
DRAFTS = {  # key: (file name, format, source)
    "h796z01": ("h796z01_lantern_festival_show_management_platform.pdf", "pdf", Z01),
    "h796z02": ("h796z02_garment_steamer_assembly_line_control_retrofit.docx", "docx", Z02),
    "h796z03": ("h796z03_laser_hair_removal_chain_booking_saas.txt", "txt", Z03),
    "h796z04": ("h796z04_speed_skating_venue_booking_system_om.txt", "txt", Z04),
    "h796z05": ("h796z05_pyrography_workshop_tracking_supplier_template.md", "md", Z05),
    "h796e01": ("h796e01_cold_chain_wms_perpetual_licence_zakho_vendor.pdf", "pdf", E01),
    "h796e02": ("h796e02_food_qms_saas_order_form_ranya_vendor.md", "md", E02),
    "h796e03": ("h796e03_grain_silo_sensors_monitoring_licence_manbij_vendor.docx", "docx", E03),
    "h796e04": ("h796e04_managed_infrastructure_36_months_deir_ez_zor_vendor.md", "md", E04),
    "h796e05": ("h796e05_maritime_port_data_api_subscription_palmyra_vendor.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# per draft: category, terms (in T_KEYS order), extra, design rules, and what the checks need
D = {
    "h796z01": dict(lang="zh", cat="software",
                    t=[99.95, 0.5, True, "joint", True, True, True, 0.1, None, 20, True, True, 24, 18, False, True, False,
                       "PRC", "goods_or_licence"],
                    sla=True, ld_stated=True, capped=True, deemed=False, value=1770000,
                    parts=[980000, 640000, 118000, 32000], fee_base=980000, forum_outside=False,
                    rules=["CR-IP-OWNERSHIP", "CR-POST-WARRANTY-FEE"]),
    "h796z02": dict(lang="zh", cat="hardware",
                    t=[None, 1, True, "buyer", True, True, False, 0.02, None, 10, True, True, 24, 8, False, True, True,
                       "PRC", "goods_or_licence"],
                    sla=True, ld_stated=True, capped=True, deemed=False, value=1400000,
                    parts=[408000, 282000, 184000, 156000, 210000, 138000, 22000], fee_base=1240000,
                    forum_outside=False, rules=["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h796z03": dict(lang="zh", cat="cloud",
                    t=[99.95, 1, False, "buyer", True, False, True, 300 / 474800 * 100, None, None, True, None, None,
                       None, True, True, False, "PRC", "service"],
                    sla=True, ld_stated=True, capped=None, deemed=False, value=474800,
                    parts=[40 * 4860, 40 * 4860, 86000], fee_base=None, forum_outside=False,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"]),
    "h796z04": dict(lang="zh", cat="services",
                    t=[99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                       True, False, "PRC", "service"],
                    sla=True, ld_stated=True, capped=None, deemed=False, value=468000,
                    parts=[117000] * 4, fee_base=None, forum_outside=False, rules=[]),
    "h796z05": dict(lang="zh", cat="software",
                    t=[None, 8, False, "supplier", True, True, True, None, None, 65, False, False, 6, 25, False, True,
                       None, None, "goods_or_licence"],
                    sla=True, ld_stated=False, capped=True, deemed=True, value=900000,
                    parts=[720000, 132000, 48000], fee_base=720000, forum_outside=False,
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                           "CR-WARRANTY"]),
    "h796e01": dict(lang="en", cat="software",
                    t=[None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                       "Iraq", "goods_or_licence"],
                    sla=True, ld_stated=True, capped=True, deemed=False, value=1900000,
                    parts=[1260000, 420000, 186000, 34000], fee_base=1260000, forum_outside=True,
                    rules=["CR-GOVERNING-LAW"]),
    "h796e02": dict(lang="en", cat="cloud",
                    t=[99.5, 0.5, True, "buyer", True, True, True, 500 / 550000 * 100, 6 / 24 * 100, None, True, None,
                       None, None, False, True, False, "PRC", "service"],
                    sla=True, ld_stated=True, capped=None, deemed=False, value=550000,
                    parts=[252000, 252000, 46000], fee_base=None, forum_outside=False,
                    rules=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h796e03": dict(lang="en", cat="hardware",
                    t=[None, 2, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7, False, True, False,
                       "PRC", "goods_or_licence"],
                    sla=True, ld_stated=True, capped=True, deemed=False, value=1416000,
                    parts=[480 * 1150, 24 * 8600, 96 * 2350, 268000, 146000, 18000], fee_base=1252000,
                    forum_outside=False, rules=[]),
    "h796e04": dict(lang="en", cat="services",
                    t=[99.95, 0.25, True, "buyer", False, True, True, 1800 / 2180000 * 100, 150, None, True, None, None,
                       None, False, False, True, "PRC", "service"],
                    sla=True, ld_stated=True, capped=None, deemed=False, value=2180000,
                    parts=[92000, 58000 * 36], fee_base=None, forum_outside=False,
                    rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h796e05": dict(lang="en", cat="cloud",
                    t=[None, None, False, "buyer", True, True, True, 600 / 690000 * 100, 200, None, True, None, None,
                       None, True, True, False, "PRC", "service"],
                    sla=False, ld_stated=True, capped=None, deemed=False, value=690000,
                    parts=[336000, 336000, 18000], fee_base=None, forum_outside=False,
                    rules=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SUBTOTALS = {"h796z02": (range(5), 1240000), "h796e03": (range(4), 1252000)}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    d = D[key]
    terms = dict(zip(T_KEYS, d["t"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld_stated"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": DRAFTS[key][0], "language": d["lang"], "category": d["cat"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


def tco_share(key):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base =
    itemised licence/hardware subtotal. Returns the post-warranty share in %, or None when not computable."""
    d = D[key]
    t = dict(zip(T_KEYS, d["t"]))
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return post / (d["value"] + post) * 100


def derive(key):
    """My reading of policy section 3, applied to the label."""
    d = D[key]
    t = dict(zip(T_KEYS, d["t"]))
    goods = t["contract_kind"] == "goods_or_licence"
    r = []
    if not d["sla"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not d["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    share = tco_share(key)
    if share is not None and share > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


# ---------------------------------------------------------------- reading the built files back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- threshold scan
CN_DIG = "一二三四五六七八九"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])(30|40|15|100)(\.0+)?\s*(%|％|percent|per\s*cent)",
    r"(?<![\w-])(thirty|forty|fifteen|one\s*hundred)\s*(%|percent|per\s*cent)",
    r"百分之(三十|四十|十五|百|一百)(?![" + CN_DIG + "十])",
    r"(?<![\d.])99\.90*(?![1-9])",
    r"(?<![\d.])0?\.050*(?![1-9])",
    r"万分之五(?![十\d])",
    r"千分之零点五",
    r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])4\s*个?\s*(工作)?\s*(小时|钟头)",
    r"(?<![\d.])4\s*(h\b|hours?|hrs?\b|-hour)",
    r"\(4\)\s*hours?",
    r"(?<![\w-])four\s*(\(4\)\s*)?-?\s*hours?",
    r"(?<![十" + CN_DIG + "])四\s*个?\s*(工作)?\s*小时",
    r"(?<![\d.])12\s*(个\s*月|months?|-month)",
    r"(?<![\w-])twelve\s*(\(12\)\s*)?-?\s*months?",
    r"(?<![" + CN_DIG + "十])十二\s*个\s*月",
]
MUST_HIT = ["30%", "30 %", "预付款为合同总价的百分之三十", "40%", "15 %", "100%", "99.9%", "99.90 %", "0.05%",
            "万分之五", "4小时", "4 个小时", "4 hours", "four hours", "Four (4) hours", "四小时", "12个月", "12 months",
            "12-month", "twelve (12) months", "十二个月", "fifteen percent", "百分之十五", "百分之百"]
MUST_MISS = ["130%", "99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "twenty-four hours", "0.15%", "115%",
             "万分之五十", "36个月", "二十四个月", "4.5 hours", "0.08%", "百分之十", "百分之三十五", "150%", "14 hours",
             "2026年12月25日", "12 points", "0.5个百分点"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        for pat in THRESHOLD_PATTERNS:
            for m in re.finditer(pat, variant, flags=re.I):
                hits.append(m.group(0))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %s %s" % (s, threshold_hits(s))


# ---------------------------------------------------------------- main
def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    built = {k: v for k, v in DRAFTS.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, fmt, src) in DRAFTS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)

    covered = set()
    for key, (name, fmt, src) in DRAFTS.items():
        d = D[key]
        lab = label(key)
        # prices
        assert sum(d["parts"]) == d["value"], key
        if key in SUBTOTALS:
            idx, sub = SUBTOTALS[key]
            assert sum(d["parts"][i] for i in idx) == sub == d["fee_base"], key
        # length as read back
        text = read_back(OUT / name)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, "%s length %d" % (key, n)
        # threshold figures in the text
        hits = threshold_hits(text)
        assert not hits, "%s threshold figures: %s" % (key, hits)
        # label values against thresholds
        t = lab["expected_terms"]
        for k, th in THRESHOLDS.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(key)
        assert share is None or not (38 <= share <= 42), (key, share)
        # rules
        got = derive(key)
        assert got == sorted(d["rules"]), (key, got, d["rules"])
        covered.update(got)
        # label file: one-space indent, no trailing newline
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        risk = "high" if any(r in HIGH for r in got) else ("medium" if any(r not in LOW for r in got) else "low")
        print("%-8s %-66s len %5d  TCO %-6s risk %-6s %s" % (key, name, n, "%.1f" % share if share is not None else "-",
                                                              risk, ", ".join(x[3:] for x in got) or "(none)"))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    print("all 20 CR rules covered; checks passed")


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

if __name__ == "__main__":
    main()
