"""holdout1117: builds the ten held-out draft contracts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py),
writes their .json labels and asserts the checks of the brief (lengths, thresholds, rule design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = r"""
T:临江市信访局信访服务平台建设项目合同书
P:合同编号：LJXF-ZFCG-2027-014
P:采购方式：公开招标（政府采购）　项目编号：LJCG-2027-0316
P:甲方（采购人）：临江市信访局
P:乙方（供应商）：杭州明衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及本项目招标文件、乙方投标文件和中标通知书，双方就信访服务平台软件许可及定制开发事宜，经平等协商，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同不可分割的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供信访服务平台软件V5.0的永久使用许可（不限终端数量，市、县两级部署），并在此基础上完成定制开发，包括：网上信访及来信扫描录入、来访登记与视频接访、事项交办督办、信访件办理全流程跟踪、群众满意度评价、领导批示流转、信访数据分析驾驶舱，以及与省信访信息系统、12345政务服务便民热线平台、市统一身份认证平台的数据接口。
P:1.2 乙方负责历史信访数据迁移（约86万件）、系统部署、联调测试、用户培训及质保期内的维护服务。具体功能及技术指标以附件1《需求规格说明书》为准。
P:1.3 系统部署于甲方指定的政务云资源，乙方不得将系统或数据部署在其他环境。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾万元整（¥1,500,000.00），含税，为固定总价。其中：平台软件许可费¥860,000，定制开发费¥520,000，数据迁移及实施费¥96,000，培训费¥24,000。
P:2.2 合同总价包含乙方为完成本合同所需的全部费用，包括差旅、第三方软件、测试及税费等，除本合同另有约定外，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额预付款保函，甲方在收到保函后15个工作日内支付合同总价的20%作为预付款，即¥300,000。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%，即¥675,000。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥525,000。
P:3.4 乙方每次收款前应开具等额合法发票。甲方付款按财政国库集中支付程序办理，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后120日内完成部署、数据迁移及定制开发，并书面提出初步验收申请。
P:4.2 乙方应在合同签订后10日内编制详细实施计划，经甲方确认后执行，并每两周向甲方书面报告进度、问题及风险。
P:4.3 乙方项目经理及核心开发人员应与投标文件一致，未经甲方同意不得更换；甲方认为乙方人员不能胜任的，有权要求更换。
H:第五条 验收
P:5.1 初步验收标准：（1）附件1所列功能全部实现，经甲方逐项测试通过；（2）迁移数据逐条比对，件数、附件及办理记录一致，发现的差错全部整改完毕；（3）与省信访信息系统等三个外部接口连续10个工作日交换数据无差错；（4）在300个并发用户下，常用页面响应时间不超过2秒、统计查询不超过5秒；（5）取得具有资质的第三方机构出具的安全测评报告，且无高危问题。
P:5.2 初步验收后进入90日试运行。试运行期间未发生一级故障、二级故障累计不超过3次，且乙方已交付全部文档及定制部分源代码的，由甲方组织专家进行最终验收并出具书面验收意见。
P:5.3 系统上线、试运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内，乙方免费提供软件缺陷修复、版本升级、接口适配及7×24小时技术支持。
P:6.2 服务水平：系统月可用率不低于99.95%（经甲方同意的计划内维护除外）。一级故障（系统无法登录、信访件无法流转或数据异常）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时扣除¥1,000；月可用率每低于约定值0.01个百分点，扣除¥2,000。上述款项从甲方应付款项中扣减。
P:6.4 质保期满后，甲方如需继续维护服务，年维护费不超过平台软件许可费的9%（即每年不超过¥77,400），自质保期满之日起三年内不上调，具体由双方另行签订维护合同。
H:第七条 知识产权
P:7.1 平台软件V5.0的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、接口程序、数据迁移脚本及其源代码和文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。乙方应在最终验收前交付完整源代码。
P:7.3 乙方保证所提供的软件及服务不侵犯第三方知识产权；因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的信访件、信访人个人信息、办理记录及统计数据均属于甲方所有，乙方仅为履行本合同在甲方授权范围内处理，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，对敏感字段加密存储，运维操作经甲方堡垒机审计，远程运维须经甲方逐次审批。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取补救措施，并在2小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并配合甲方向主管部门报告。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、信访人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应与参与本项目的人员签订保密承诺书。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提出验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合约定，经两次整改仍不合格的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同全部或部分工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释、履行及争议解决均适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.2 附件：1.需求规格说明书；2.分项报价表；3.实施计划；4.服务承诺书。
P:甲方（盖章）：临江市信访局　　　乙方（盖章）：杭州明衡信息技术有限公司
P:签订日期：2027年3月　日
"""

# ---------------------------------------------------------------- z02 (docx, 第X条, Word price table)
Z02 = r"""
T:生产线控制系统改造项目合同
P:合同编号：DB-SB-2027-031
P:甲方：浙江东泵电动水泵制造有限公司
P:乙方：宁波数衡工控技术有限公司
P:甲方委托乙方对其电动水泵总装线、电机装配线及试压检测线共三条生产线的控制系统进行改造，由乙方提供设备、软件及安装调试服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 更换三条生产线原有的PLC及远程IO、变频器、工控机及触摸屏，新建工业以太网光纤环网；部署SCADA监控软件及MES数据接口软件；编写PLC控制程序、HMI画面及试压检测数据自动采集程序，实现节拍管理、工位防错、产品追溯和设备状态监控。
P:1.2 改造须分线实施，每条生产线停线时间不超过7日，且不得影响其余生产线的正常生产。具体技术要求见附件《技术规格书》。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾万元整（¥1,900,000），含13%增值税，为固定总价。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及远程IO模块|3套|612,000
TB:2|变频器及配套电抗器|48台|418,000
TB:3|工控机及触摸屏|15台|186,000
TB:4|SCADA监控软件及MES接口软件许可|1套|324,000
TB:5|工业交换机及光纤环网设备|1批|92,000
TB:|软硬件小计||1,632,000
TB:6|安装、布线及调试|1项|168,000
TB:7|控制程序及数据采集程序开发|1项|86,000
TB:8|操作及维护培训|1项|14,000
TB:|合同总价||1,900,000
P:2.2 上述价格包含设备运输、保险、安装辅材、软件许可及乙方人员费用。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥190,000。
P:3.2 设备全部到货并安装调试完毕后，甲方支付合同总价的55%，即¥1,045,000。到货签收及安装调试完毕均不视为验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%，即¥665,000。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后45日内将全部设备运至甲方厂区，并于合同生效后100日内完成三条生产线的改造调试。
P:4.2 乙方现场人员应遵守甲方安全生产、动火及登高作业管理制度，因乙方人员违章造成的事故由乙方负责。
P:4.3 每条生产线停线改造前，乙方应提交停线切换方案，写明拆除、安装、调试及回退步骤，经甲方生产部和设备部会签后实施。切换期间乙方应保留原控制系统的备份程序，改造失败时能在24小时内恢复原状态。
P:4.4 乙方提供的设备应为原厂全新正品，附原厂合格证、出厂检验报告及装箱清单；到货时双方共同开箱检查数量、型号及外观，并签署到货签收单。
P:4.5 甲方负责提供施工用电、设备临时存放场地及必要的停线窗口，并指定设备部一名工程师作为现场联系人。
H:第五条 验收
P:5.1 每条生产线改造完成后连续带料运行72小时，同时满足以下标准的，该线验收合格：（1）生产节拍不低于附件规定的设计值；（2）工位防错功能逐项测试有效；（3）试压检测数据自动采集无遗漏，与人工记录抽样比对一致；（4）SCADA画面及MES接口数据刷新时间不超过2秒；（5）运行期间未发生导致停线的控制系统故障。
P:5.2 三条生产线均验收合格后，双方签署最终验收报告。设备到货签收、安装调试完毕或甲方投入生产使用，均不视为验收合格。
H:第六条 质保及维保
P:6.1 质保期为最终验收合格之日起十八个月。质保期内乙方免费维修或更换故障设备，免费修复软件缺陷。
P:6.2 一级故障（导致生产线停线）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复生产；二级故障2小时内响应，24小时内处理完毕。乙方响应或到场超时的，每超时1小时向甲方支付¥800，从应付款项中扣除。
P:6.3 质保期内乙方应在甲方厂区存放常用备件，包括PLC模块、变频器及交换机各若干，备件清单作为附件，备件使用后乙方应在7日内补齐。
P:6.4 质保期满后，乙方提供全包维保服务，内容包括备品备件、季度巡检、一名驻场工程师及程序变更支持，年维保费为软硬件小计的28%，即每年¥456,960，自质保期满之日起五年内不作调整，于每个维保年度结束后支付。
H:第七条 知识产权
P:7.1 SCADA及MES接口软件的著作权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC控制程序、HMI画面、数据采集程序及其源代码、注释和文档归甲方所有，甲方可自行修改或交由第三方维护。
P:7.3 乙方应在最终验收时交付全部程序的最新版本、电气图纸、网络拓扑图、参数表及操作维护手册，并保证所交付的设备及软件不侵犯第三方的知识产权。
H:第八条 数据安全
P:8.1 生产数据、工艺参数及质量检测数据均属于甲方，乙方不得复制、带离或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方书面批准，并通过甲方指定的堡垒机进行，全程留存日志；乙方不得在控制网络中接入未经甲方检测的移动存储介质。
P:8.3 发生数据泄露、篡改或控制系统网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部损失。
H:第九条 保密
P:9.1 双方对履约中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期至该等信息公开之日止。
P:9.2 乙方不得对甲方生产现场、工艺装备及产品进行拍照、录像，确因工作需要的，须经甲方设备部书面同意，且相关资料仅用于本项目。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 因乙方原因造成停线时间超过约定的，乙方应赔偿甲方因此遭受的直接损失。
P:10.3 乙方交付的设备型号、品牌与投标文件不符的，甲方有权要求更换，更换期间的延误按10.1条计算违约金。
H:第十一条 分包
P:11.1 乙方可将现场布线、桥架安装等辅助工作分包给具备相应资质的单位，但应在分包单位进场前书面通知甲方，并对分包单位的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或严重违约经甲方催告后10日内仍未改正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交温州仲裁委员会仲裁。
H:第十四条 旧设备处置
P:拆除的原PLC、变频器、工控机等旧设备归甲方所有，乙方应分类整理、标识后移交甲方仓库，不得擅自处置或带离厂区。拆除过程中产生的废电缆、包装物由乙方按甲方环保要求清运。
H:第十五条 培训
P:15.1 乙方应为甲方操作工、班组长及设备维护人员分别提供现场培训，培训内容包括HMI操作、常见报警处理、程序备份与恢复及日常点检，培训结束后进行考核，并提交培训记录。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件《技术规格书》《设备清单》与本合同具有同等效力。
P:甲方（盖章）：浙江东泵电动水泵制造有限公司　　乙方（盖章）：宁波数衡工控技术有限公司
P:签订日期：2027年4月　日
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）/1.)
Z03 = """育儿培训门店预约及会员管理系统服务合同

合同编号：XH-IT-2027-009
甲方：上海小禾育儿教育科技有限公司（含其直营门店40家）
乙方：广州云约信息科技有限公司

甲方拟为其40家直营门店及总部引入线上预约及会员管理系统。乙方是"云约"门店管理SaaS系统的开发商和运营商。双方依据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律规定，经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方提供"云约"门店预约及会员管理系统（SaaS）订阅服务，覆盖甲方40家门店及总部，主要功能包括：
1. 课程排期、在线预约、到店签到及消课；
2. 会员档案、储值卡、课时包及积分管理；
3. 家长端小程序、课程提醒及消息通知；
4. 总部报表、门店经营分析及财务对账。
（二）乙方负责实施服务，包括：历史会员及课时数据迁移，门店参数及课程体系配置，与甲方现有收银系统及企业微信的接口开发，门店店长及前台人员培训。
（三）服务功能清单及配置要求详见附件1。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起算。第一个服务年度自上线验收合格之日起至次年同日前一日止，第二个服务年度依此类推。
（二）服务期满前60日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。每次续期时，乙方有权按其当年价格体系上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前以电子邮件通知甲方调整后的价格。

（三）甲方义务：甲方应指定项目负责人，按乙方提供的模板整理并提交历史会员及课时数据，协调各门店配合配置及培训，并负责门店终端设备及网络环境。

三、服务费用
（一）订阅费：门店端每店每服务年度¥6,900，40家门店合计¥276,000；总部管理端每服务年度¥48,000。每个服务年度订阅费合计¥324,000，两个服务年度共计¥648,000。
（二）实施费：¥86,000，一次性收取。
（三）合同总价：¥734,000（含6%增值税）。
（四）短信及超出套餐容量的存储空间按实际用量另行结算，不计入合同总价。

四、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后20个工作日内支付。
（三）乙方应在甲方付款前开具合法有效的增值税专用发票，否则甲方有权顺延付款。

五、上线与验收
（一）乙方应于合同签订后45日内完成全部门店的系统上线。
（二）上线验收标准：
1. 全部40家门店及总部账号开通，附件1功能清单逐项测试通过；
2. 迁移的会员信息、储值余额及剩余课时与甲方原系统逐户核对一致；
3. 收银系统及企业微信接口连续5日数据同步无差错；
4. 周末高峰期预约页面响应时间不超过3秒。
（三）甲方在收到乙方书面验收申请后7个工作日内组织验收，并出具书面验收意见。门店试用、甲方使用或付款均不视为验收合格。验收未通过的，乙方应在10日内整改后重新申请验收。

六、服务水平
（一）乙方保证系统月度可用率不低于99.5%。计划内维护应安排在每日22:00至次日7:00之间，并提前48小时通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、签到或收款）：30分钟内响应，3小时内恢复；
2. 二级故障（单店或单一功能异常）：2小时内响应，次日内解决；
3. 一般咨询：工作时间内1小时内答复。
（三）服务补偿：月度可用率低于约定值的，每低0.1个百分点，按当月订阅费的2%在下期费用中抵扣；一级故障响应或恢复超时的，每次扣减¥500。

（四）服务支持：乙方为甲方配备专属客户经理及实施顾问，提供7×24小时故障报修热线；每季度提交一次服务报告，内容包括可用率统计、故障处理情况及优化建议。
（五）版本更新：乙方对系统进行版本更新的，应提前5个工作日通知甲方更新内容；更新不得降低本合同约定的功能及服务水平，不得导致甲方数据丢失。

七、知识产权
（一）"云约"系统平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制开发的接口程序、专用报表及配置方案的知识产权归甲方所有，乙方应在上线验收时交付源代码及说明文档，甲方可自行或委托第三方修改、使用。

八、数据
（一）甲方及其门店在系统中录入或产生的会员信息、儿童及家长个人信息、课时记录及交易数据归甲方所有。
（二）甲方同意，乙方可以对上述数据进行去标识化及汇总处理后，用于改进产品、训练课程推荐模型及发布育儿培训行业分析报告；该项权利在本合同终止后继续有效。
（三）数据安全：乙方应按网络安全等级保护第三级要求运营系统，数据存储于中国境内，儿童个人信息单独加密存储，访问实行最小权限并留存审计日志。发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方并立即采取补救措施；因乙方原因造成甲方损失的，乙方承担赔偿责任。
（四）服务终止后30日内，乙方应按甲方要求的格式交还全部数据，并在甲方确认后彻底删除。

九、保密
双方对在合作中获知的对方商业秘密及其他非公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。乙方应要求其员工遵守本条约定，员工违反保密义务的，视为乙方违约。甲方的课程体系、定价策略及门店经营数据属于甲方商业秘密。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按欠付金额的万分之三向乙方支付违约金。
（三）任何一方违约给对方造成损失的，应依法赔偿。

十一、分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担责任。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还未履行期间的订阅费。
（二）连续两个月月度可用率低于约定值，或一个服务年度内发生三次以上一级故障的，视为乙方严重违约。
（三）合同解除或终止后，乙方应继续提供不少于30日的只读访问，以便甲方导出数据并完成系统切换。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。

十四、不可抗力
因地震、火灾、政府行为等不可抗力导致无法履行的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。但乙方不得以其托管云服务商的一般故障作为不可抗力。

十五、其他
（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（二）双方的通知以书面或本合同载明的电子邮箱发送，发出后次一工作日视为送达。
（三）本合同自双方盖章之日起生效，一式两份，双方各执一份。附件1《服务功能清单》、附件2《门店清单》为本合同组成部分。

甲方（盖章）：上海小禾育儿教育科技有限公司
乙方（盖章）：广州云约信息科技有限公司
签订日期：2027年5月　日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 + （一）)
Z04 = """南岭市生活垃圾填埋场渗滤液在线监测系统运维服务合同

合同编号：NLCG-FW-2027-027
采购方式：竞争性磋商
甲方（采购人）：南岭市城市管理局
乙方（供应商）：湖南清衡环境监测技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就南岭市生活垃圾填埋场渗滤液在线监测系统运维服务事宜，订立本合同。

第一条 服务范围
（一）运维对象：填埋场调节池出口、渗滤液处理站进水口和出水口、雨污分流排口共4个监测点位的化学需氧量、氨氮、总磷、总氮、pH及流量在线监测设备，数据采集传输仪，站房辅助设施，以及市城管局监控平台的监测数据模块。
（二）服务内容：日常巡检（每周不少于两次）、试剂配制及更换、仪器校准与标样核查、每季度一次的比对监测、故障维修、备品备件更换、数据审核及异常数据标记、运维台账及月度报告编制。

（三）甲方提供站房用电、用水、试剂存放场所及平台访问权限，并协调填埋场运营单位配合乙方开展现场工作。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，下一服务期的运维服务由甲方另行组织采购。

第三条 服务费用
（一）本合同总价为人民币伍拾捌万陆仟元整（¥586,000），含税，为固定总价。
（二）费用构成：人工巡检维护费¥268,000，试剂及耗材费¥124,000，备品备件费¥96,000，第三方比对监测及校准费¥72,000，平台维护费¥26,000。
（三）乙方报价已包含完成本合同服务所需的全部费用，服务期内不因物价变动调整。

第四条 付款方式
（一）服务费按季度支付。每季度末甲方完成季度考核并确认合格后15个工作日内，支付当季服务费¥146,500。
（二）乙方应在每次付款前开具等额发票。本合同不设预付款。

第五条 服务要求
（一）乙方应安排2名持证运维人员驻场，另设1名技术负责人，人员变更须提前书面告知甲方。
（二）故障响应：一级故障（监测设备停运、数据中断或数据明显失真）乙方接报后1小时内响应，6小时内到达现场，24小时内修复或启用备机；二级故障（单项参数异常或辅助设施故障）2小时内响应，48小时内修复。
（三）乙方未能在上述时限内完成的，应向甲方提交书面情况说明，并在当月运维报告中载明原因及整改措施。
（四）监测设备因故障停运期间，乙方应按技术规范开展人工采样监测，确保数据连续。
（五）乙方应建立备品备件库，常用易损件及关键部件（泵管、电极、消解管、采样泵等）现场常备，重要部件须为原厂或经甲方认可的同等品牌产品。更换部件应在运维台账中记录，更换下来的旧件由甲方处置。
（六）乙方每月5日前向甲方提交上月运维报告，内容包括巡检及维护情况、校准及标样核查结果、故障及处理情况、数据有效性分析及下月工作计划；每季度提交比对监测报告。
（七）乙方应遵守填埋场安全管理规定，运维人员进入调节池、处理站等区域须佩戴防护用品，有限空间作业须执行审批制度。乙方人员在运维中发生的人身伤害由乙方自行负责。
（八）遇主管部门执法检查或飞行检查，乙方应在接到甲方通知后按要求到场配合，提供运维记录及仪器操作说明。
（九）遇暴雨、汛期等渗滤液水量骤增的情形，乙方应增加巡检频次，检查采样管路、流量计及站房排水情况，防止设备被淹或采样失效，并将加密巡检情况记入运维台账。
（十）乙方应对运维使用的标准溶液、试剂建立领用台账，废液按危险废物管理要求收集，交由甲方指定的有资质单位处置，不得随意倾倒。

第六条 考核与验收
（一）季度考核内容：巡检及维护记录完整；按规范完成校准及标样核查；比对监测结果符合国家标准要求；监测数据按时上传至生态环境主管部门平台；未发生因运维原因导致数据缺失超过24小时的情形。
（二）季度考核不合格的，乙方应在甲方通知的期限内完成整改，经复核合格后甲方支付当季服务费。
（三）服务期满后，甲方组织年度验收，审查运维档案、设备完好情况、比对监测报告及年度运维总结，出具书面验收意见。

第七条 数据安全
（一）监测数据、运维记录及平台数据均归甲方所有，乙方不得篡改、伪造或擅自删除，不得用于本合同以外的任何用途。
（二）乙方应落实数据采集传输仪及平台账号专人专用、定期更换口令，远程访问须经甲方批准并留存操作日志；不得私自修改仪器参数或数据传输设置。
（三）发生数据异常、数据丢失或网络安全事件的，乙方应在1小时内报告甲方并采取补救措施。因乙方原因导致数据造假、丢失或泄露的，乙方承担全部法律责任和赔偿责任。

第八条 知识产权
运维过程中形成的运维档案、校准及比对记录、平台配置文件及乙方修改完善的程序归甲方所有，乙方应在服务期满时完整移交。

第九条 违约责任
（一）乙方未按约定时间进场，或未在甲方整改通知规定期限内完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维不当导致监测数据缺失、失真而被主管部门处罚的，罚款及由此造成的损失由乙方承担。
（三）甲方无正当理由逾期付款的，应按逾期金额每日万分之三向乙方支付违约金。

第十条 分包
乙方不得转包本项目，未经甲方书面同意不得分包。第三方比对监测须由具备检验检测机构资质认定（CMA）的机构承担，该机构须经甲方书面确认。

第十一条 合同解除
乙方连续两个季度考核不合格，或严重违约经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，并按已实际提供的合格服务结算费用。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。争议处理期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以争议为由中断运维服务或数据传输。

第十三条 人员管理及廉洁
（一）乙方运维人员应具备相应岗位培训合格证明，熟悉在线监测设备原理及操作规范。乙方应对运维人员进行安全及业务培训，并向甲方报送人员名单及联系方式。
（二）乙方运维人员应服从甲方及填埋场运营单位的现场管理，遵守作息、门禁和安全规定。甲方认为乙方运维人员不能胜任的，有权要求乙方在7日内更换。
（三）乙方不得向甲方工作人员提供任何形式的不正当利益，不得以任何方式干预监测活动或为他人篡改数据提供便利。发现上述行为的，甲方有权解除合同，并将有关情况移送主管部门处理。
（四）乙方应为驻场人员依法缴纳社会保险，乙方与其人员之间的劳动纠纷由乙方自行处理，与甲方无关。

第十四条 服务交接
服务期满或合同解除时，乙方应在10日内向甲方或甲方指定的新运维单位移交运维档案、备品备件清单、平台账号及仪器参数设置记录，并配合完成现场交接，交接期间不得中断数据传输。

第十五条 其他
（一）磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
（二）本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方两份。

甲方（盖章）：南岭市城市管理局
乙方（盖章）：湖南清衡环境监测技术有限公司
签订日期：2026年12月　日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template)
Z05 = """# 匠云工序追踪系统软件许可及定制开发合同

**（金华匠云软件有限公司标准合同文本 V3.0）**

合同编号：JY-HT-2027-0412

甲方：东阳市青木木雕工坊

乙方：金华匠云软件有限公司

甲方因生产管理需要，向乙方购买匠云工序追踪系统软件许可并委托乙方进行定制开发。双方本着平等自愿的原则，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠云工序追踪系统标准版软件许可（8个并发用户，永久许可）。

1.2 乙方根据甲方需求进行定制开发，内容包括：木料入库批次及树种追溯、工序扫码报工（开坯、粗雕、细雕、修光、打磨、上漆）、计件工资核算、订单进度看板、客户定制作品档案及作品照片管理。

1.3 定制开发的具体内容以双方确认的需求清单为准，需求清单确认后如有变更，乙方有权另行收费。

1.4 系统支持在电脑端及手机端使用，工人可通过手机扫描工件二维码完成报工，管理人员可在手机端查看订单进度及计件工资汇总。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠云工序追踪系统标准版软件许可（永久） | 168,000 |
| 2 | 定制开发 | 126,000 |
| 3 | 部署实施及培训 | 18,000 |
| | 合计 | 312,000 |

以上价格含税。甲方所需服务器、扫码枪、标签打印机等硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥202,800。

3.2 系统部署上线后5个工作日内，甲方向乙方支付合同总价的35%，即¥109,200。

3.3 甲方未按期付款的，乙方有权暂停开发及技术支持，交付期限相应顺延。

3.4 乙方在收到款项后开具增值税普通发票。甲方需要增值税专用发票的，应在付款前提供开票信息。

## 第四条 交付

4.1 乙方在收到甲方首期款项后60个工作日内完成系统部署上线。

4.2 因甲方需求变更、资料提供不及时或硬件环境未就绪造成延误的，交付期限相应顺延。

4.3 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.4 乙方负责在甲方提供的服务器上安装系统，完成基础数据初始化，并为甲方管理人员及各工序班组长提供不少于两次的现场操作培训。培训后甲方人员应能独立完成扫码报工、订单录入及工资核算。

4.5 甲方应在合同签订后10个工作日内提供工序流程、计件单价表、木料分类及历史订单资料，并指定一名联系人负责需求确认及验收事宜。

4.6 需求清单经甲方签字确认后，乙方按清单开发。开发过程中乙方可向甲方演示阶段成果，甲方应在3个工作日内反馈意见，逾期未反馈的，乙方可按原方案继续开发。

## 第五条 验收

5.1 系统部署上线后，即视为甲方验收合格。

5.2 甲方在系统上线后7日内未书面提出异议的，视为甲方认可乙方的全部交付成果。

## 第六条 技术支持与维护

6.1 免费维护期为系统上线之日起六个月。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

6.2 乙方通过电话、微信及远程桌面方式提供技术支持，服务时间为工作日9:00至17:30，乙方将在合理时间内处理甲方提出的问题。

6.3 免费维护期满后，甲方如需继续获得维护及升级服务，应按乙方届时公布的年度维护收费标准另行签订维护合同并付费。

6.4 因甲方操作不当、擅自修改系统或硬件故障导致的问题，不属于免费维护范围。

6.5 免费维护期内乙方发布的标准版本升级包，甲方可免费安装；涉及定制功能的适配调整，乙方按实际工作量另行报价。

6.6 甲方如需乙方派员到现场处理问题，应承担乙方人员的差旅及食宿费用。

## 第七条 知识产权

7.1 匠云工序追踪系统，以及乙方为甲方开发的定制功能模块、源代码、数据库设计和相关文档的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译，也不得提供给第三方使用。

7.3 乙方有权将定制功能纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入的订单、工序、员工及客户等业务数据归甲方所有，乙方仅为提供技术支持在甲方授权范围内访问，不得用于其他目的。

8.2 乙方采取访问控制、传输加密及定期备份等措施保障系统数据安全；因乙方原因导致甲方数据泄露或丢失的，乙方负责恢复并承担相应赔偿责任。发生数据安全事件时，乙方应及时通知甲方。

8.3 甲方应自行做好服务器的日常备份及安全防护。因甲方服务器故障、病毒感染或甲方人员操作造成的数据损失，乙方不承担责任，但可协助甲方进行恢复，费用另计。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密、技术资料及客户信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效。甲方不得向第三方披露乙方软件的功能设计、界面及报价信息。

## 第十条 软件使用规定

10.1 甲方应按照乙方提供的操作手册使用系统，不得超出许可的并发用户数使用。甲方需增加用户数的，应按乙方届时报价另行购买。

10.2 甲方不得将软件用于本工坊以外的其他单位或个人，也不得出租、出借或转让软件使用权。

10.3 甲方违反本条规定的，乙方有权暂停技术支持并要求甲方补缴相应费用。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%。

11.2 乙方不对甲方的间接损失、利润损失、停工损失承担责任。

## 第十二条 不可抗力

因不可抗力导致一方不能履行本合同的，该方不承担违约责任，但应在不可抗力发生后及时通知对方，并在合理期限内提供证明。不可抗力包括地震、洪水、火灾、战争、政府行为、网络运营商大面积故障等不能预见、不能避免且不能克服的客观情况。

## 第十三条 合同解除

13.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。

13.2 因甲方原因解除合同的，乙方已完成的开发工作按实际工作量结算，甲方已支付的软件许可费不予退还。

13.3 合同解除后，甲方应停止使用定制功能模块，乙方可协助甲方导出系统中的业务数据，导出格式为Excel或CSV文件。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 通知

双方在本合同首页载明的地址、电话及电子邮箱为有效联系方式。一方变更联系方式的，应在变更后3日内通知对方，否则由此产生的不利后果由该方承担。乙方通过电子邮件或微信发送的通知，发出即视为送达。

## 第十六条 其他

16.1 本合同为乙方标准合同文本，未尽事宜由双方另行协商补充，补充协议与本合同具有同等效力。

16.2 本合同附件包括需求清单、软件功能说明及报价单。附件与正文不一致的，以正文为准。

16.3 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：东阳市青木木雕工坊　　　　乙方（盖章）：金华匠云软件有限公司

签订日期：2027年6月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N with N.N)
E01 = r"""
T:Software Licence and Services Agreement
P:Agreement No. MMS-CN-2027-006
P:This Agreement is made between Jiangxi Hongshan Copper Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yingtan, Jiangxi Province (the "Buyer"), and Magalies Maintenance Software (Pty) Ltd, a company incorporated in the Republic of South Africa with its principal place of business at Beyers Naude Drive, Rustenburg, North West Province (the "Supplier").
P:The Supplier develops and licenses the PlantCare enterprise asset management software. The Buyer wishes to use PlantCare to plan and record maintenance of its smelting, casting and rolling equipment and has selected the Supplier after a competitive process. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PlantCare Enterprise edition, version 9, in object code, with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, mobile inspection forms, data migration scripts and configuration work products created by the Supplier specifically for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, stored in or generated by the Software in the Buyer's environment, including equipment registers, work orders, spare-part records, readings and personnel details.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 150 named users and unlimited read-only users at the Buyer's plants in Yingtan and its affiliated companies in mainland China.
P:2.2 The Supplier shall perform the following services: installation on the Buyer's servers, configuration of the asset hierarchy for three plants, interfaces with the Buyer's ERP system (purchase requisitions and spare-part inventory) and its distributed control system historian (run hours and counters), migration of approximately 46,000 equipment records and five years of work-order history, mobile inspection forms for 38 inspection routes, and training.
P:2.3 The detailed scope, functional requirements and the project plan are set out in Annex 1, which forms part of this Agreement.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,780,000, inclusive of all taxes payable in the People's Republic of China and of all travel and subsistence costs of the Supplier's personnel. It consists of: Software licence fee CNY 1,260,000; implementation and interface services CNY 380,000; data migration CNY 96,000; training CNY 44,000.
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements or changes in the Supplier's costs.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 356,000) within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 801,000) after the Supplier has installed the Software and the Buyer has signed an Installation Certificate. The Installation Certificate confirms installation only and does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 623,000) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Supplier named in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation within 30 days and shall make the configured system ready for acceptance testing within 150 days after signature of this Agreement.
P:5.2 Acceptance testing shall be carried out by the Buyer with the Supplier's support, using the test scripts agreed in Annex 2. The system passes when: (a) every function listed in Annex 1 has been tested successfully; (b) all migrated equipment records and open work orders reconcile with the source systems, with any differences corrected; (c) the ERP and historian interfaces have exchanged data without error for 15 consecutive working days; (d) standard screens open within 3 seconds with 120 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 When the system has passed the tests and has then run in production for 45 days without a Severity 1 defect, the Buyer shall issue a written Final Acceptance certificate. Installation, go-live, productive use or any payment shall not by itself amount to acceptance.
P:5.4 If the system fails acceptance testing, the Supplier shall correct the failures at its own cost within 20 days and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform substantially in accordance with Annex 1 for a warranty period of 24 months from Final Acceptance. During the warranty period the Supplier shall correct defects, provide all new versions and updates, and keep the interfaces working after updates, free of charge.
P:6.2 Defects are classified and handled as follows. Severity 1 (the system or a plant is unable to create or close work orders): response within 1 hour, workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, resolution within 3 working days. Severity 3 (other defects): response within 1 working day, resolution in the next update. Support is provided in Chinese and English by telephone, e-mail and supervised remote access.
P:6.3 If the Supplier misses a Severity 1 response or workaround time, it shall pay the Buyer CNY 1,500 for each hour of delay. Such amounts may be deducted from any payment due.
P:6.4 After the warranty period the Buyer may purchase annual support at 11% of the Software licence fee, that is CNY 138,600 per year. This fee is fixed for three years after the warranty period ends. Support continues only if the Buyer places an order for each year.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Supplier and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Supplier shall deliver their source code and documentation before Final Acceptance. The Buyer may use, modify, and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Supplier shall defend and indemnify the Buyer against any claim that the Software or the services infringe a third party's intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose.
P:8.2 The Software will be hosted on the Buyer's own servers in Yingtan. Remote access by the Supplier requires the Buyer's approval for each session, shall use the Buyer's bastion host, and is logged. The Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, and shall not transfer Buyer Data outside mainland China.
P:8.3 The Supplier shall notify the Buyer within 6 hours after becoming aware of any unauthorised access to, or loss or alteration of, Buyer Data in its custody or caused by its personnel, and shall take all necessary remedial steps. The Supplier is liable for all losses, fines and costs resulting from a data security incident caused by it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.
P:9.2 This Article continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to make the system ready for acceptance testing by the date in Article 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to Article 7.3, Article 8, Article 9, personal injury, or wilful misconduct.
P:10.3 Neither party is liable for loss of profit or indirect loss, except under Article 8.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the payments received for services not accepted and deliver all completed Custom Deliverables. The licence under Article 2.1 survives if the licence fee has been paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of South Africa.
P:13.2 Any dispute that cannot be settled by negotiation within 30 days shall be finally resolved by arbitration under the rules of the Arbitration Foundation of Southern Africa, seated in Johannesburg, in the English language, before a single arbitrator.
H:Article 14 General
P:14.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject matter. Changes must be in writing and signed by both parties.
P:14.2 This Agreement is signed in two originals in English, one for each party. Annex 1: Scope and Functional Requirements. Annex 2: Acceptance Test Scripts.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A A1-A6 + General Terms Part B)
E02 = """# QualiDock Subscription Order Form

**Order Form No. CQS-OF-27-0148**

This Order Form is issued by Cobb Quay Software Ltd, a company registered in England and Wales, whose registered office is at Marine Parade, Lyme Regis, Dorset, England ("Provider"), to Suzhou Hengrui Food Ingredients Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu Province ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A: Order Details

### A1. Subscribed Service

QualiDock Enterprise, a cloud service for document control, corrective and preventive actions (CAPA), supplier quality, internal audits and training records, hosted in Provider's mainland China hosting region operated by a licensed local cloud operator. Modules ordered: Document Control, CAPA and Deviations, Supplier Portal, Audit Manager and Training Matrix.

### A2. Subscription Term

Two Subscription Years, starting on the Service Start Date. The Service Start Date is the date on which Customer signs the Onboarding Acceptance certificate under A4. Each Subscription Year runs from the Service Start Date or its anniversary until the day before the next anniversary. The subscription ends at the end of the second Subscription Year. Any extension requires a new Order Form signed by both parties, at fees no higher than those in A3 unless Customer agrees otherwise in writing.

### A3. Fees

| Item | Basis | Annual fee (CNY) | Total for the term (CNY) |
|---|---|---|---|
| Enterprise named users | 380 users x CNY 720 per user per year | 273,600 | 547,200 |
| Supplier Portal module | 1 site licence, up to 150 supplier accounts | 48,000 | 96,000 |
| Onboarding package | one-time: configuration, migration of 2,600 controlled documents, 2 training sessions | n/a | 56,000 |
| **Total Contract Value** | | | **699,200** |

All fees are in CNY and include VAT. Additional users may be added during the term at the same per-user price, pro rata; such additional fees are not part of the Total Contract Value.

### A4. Onboarding and Onboarding Acceptance

Provider will configure QualiDock to Customer's quality manual and document hierarchy, migrate the controlled documents listed in the migration inventory with their revision histories and approval records, set up single sign-on with Customer's directory, and train administrators and key users. Provider will use reasonable efforts to complete onboarding within 8 weeks after signature of this Order Form.

Onboarding Acceptance requires that: (a) every migrated document matches the inventory in title, number, current revision and approval date; (b) the workflows for document approval, CAPA and supplier corrective action have been run end to end by Customer's key users without error; (c) single sign-on works for all user groups; and (d) the audit trail and electronic signature functions pass the test scripts in the onboarding plan. Customer will test within 10 working days after Provider's notice of readiness and either sign the Onboarding Acceptance certificate or list the failures, which Provider will correct before retesting. Use of the service for training or testing does not mean acceptance.

### A5. Invoicing and Payment

The onboarding fee is invoiced after Onboarding Acceptance. The subscription fees for each Subscription Year are invoiced at the start of that Subscription Year. Customer will pay each correct invoice within 30 days after receipt. No amount is payable before Onboarding Acceptance.

### A6. Service Levels and Support

Provider targets a monthly availability of the production service of 99.95%, excluding scheduled maintenance announced at least 5 days in advance and performed between 22:00 and 06:00 China Standard Time. Support is available in English and Chinese. Priority 1 incidents (the service is unavailable or documents cannot be opened by all users) will be responded to within 1 hour, at any time, and Provider will work continuously until service is restored. Priority 2 incidents will be responded to within 2 business hours, and Priority 3 requests within 1 business day. Provider will report monthly availability to Customer. The service levels in this A6 are targets only: no service credits, fee reductions, refunds or other compensation apply if they are not met.

Signed for Provider: ____________________  Name and title: ____________________

Signed for Customer: ____________________  Name and title: ____________________

## Part B: General Terms

### 1. Use of the Service

1.1 Provider grants Customer and its affiliates in mainland China a non-exclusive, non-transferable right to access and use the service during the Subscription Term for their internal business purposes.

1.2 Customer is responsible for its users' compliance with these terms and for keeping login credentials secure.

1.3 Customer will not use the service to store unlawful content, attempt to probe or disrupt the service, or resell access to third parties. Provider may suspend an individual user account that is clearly being misused, after telling Customer's administrator why, and will restore it once the misuse stops.

### 2. Customer Data

2.1 All data, documents and records uploaded to or created in the service by or for Customer ("Customer Data") belong to Customer. Provider receives no rights in Customer Data except the right to process it to provide the service to Customer.

2.2 Provider will not access, use, analyse or disclose Customer Data for any other purpose, including product development, benchmarking or analytics, whether or not the data is aggregated or de-identified.

2.3 At the end of the Subscription Term Provider will make Customer Data available for export in standard formats for 60 days and will then delete it from production systems and backups within a further 30 days, and certify deletion in writing.

### 3. Data Security

3.1 Provider will keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel on a need-to-know basis with multi-factor authentication, and keep access logs for at least 180 days. Provider maintains an ISO/IEC 27001 certification and an MLPS level 3 filing for the hosting environment.

3.2 Provider will notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, will investigate and contain it, and will give Customer the information needed to meet its own legal obligations.

3.3 Provider is responsible for, and will compensate Customer for, losses, regulatory fines and costs arising from a security incident caused by Provider's breach of this Section 3.

### 4. Configurations and Intellectual Property

4.1 The service, its software and all improvements to it remain Provider's property.

4.2 Workflows, templates, forms, reports and other configurations created specifically for Customer during onboarding or later at Customer's request ("Customer Configurations") belong to Customer. Provider will deliver them in an exportable format on request, and Customer may use, modify and allow third parties to use them without restriction.

### 5. Confidentiality

5.1 Each party will keep confidential the non-public information disclosed by the other party, use it only for this Order Form, and protect it with at least reasonable care. These obligations last for five years after the end of the Subscription Term, and for trade secrets for as long as they remain trade secrets.

### 6. Subprocessors and Subcontractors

6.1 The hosting operator named in A1 is approved by Customer's signature of this Order Form. Provider will not engage any other subprocessor or subcontractor for the service or the onboarding without Customer's prior written consent.

6.2 Provider remains responsible for the performance of its subprocessors and subcontractors.

### 7. Term and Termination

7.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.

7.2 If Customer terminates under 7.1, Provider will refund the prepaid subscription fees for the remainder of the Subscription Year in which termination takes effect.

7.3 There is no automatic renewal. Sections 2, 3, 5 and 8 survive termination.

### 8. Warranties and Liability

8.1 Provider warrants that the service will perform materially in accordance with its published documentation and that onboarding will be performed with reasonable skill and care.

8.2 Each party's total liability under this Order Form is limited to 150% of the Total Contract Value. This limit does not apply to breach of Sections 2, 3 or 5, to infringement of intellectual property rights, or to fraud.

8.3 Neither party is liable for indirect or consequential loss or loss of profits, except under Sections 2 and 3.

### 9. Governing Law and Jurisdiction

9.1 This Order Form and any dispute arising from it, including non-contractual disputes, are governed by the laws of England and Wales.

9.2 The courts of England have exclusive jurisdiction over any such dispute.

### 10. General

10.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business that accepts these terms in writing.

10.2 Notices must be in writing and sent to the addresses in this Order Form, by courier or by e-mail with confirmation of receipt.

10.3 This Order Form is the entire agreement of the parties on the service and replaces any earlier proposal. It may be changed only in writing signed by both parties. It is signed in English.

10.4 Neither party is responsible for a failure caused by events beyond its reasonable control, such as natural disasters, war or government action, provided it notifies the other party promptly and does what it reasonably can to limit the effects. A failure of Provider's own systems or suppliers is not such an event.
"""

# ---------------------------------------------------------------- e03 (docx, 1. / 1.1, Word price table, buyer's paper)
E03 = r"""
T:Purchase Contract for Condition Monitoring Sensors and Software
P:Contract No. QYD-EQ-2027-052
P:Buyer: Inner Mongolia Qingyuan Dairy Co., Ltd., a company incorporated in the People's Republic of China, registered office in Hohhot, Inner Mongolia (the "Buyer").
P:Supplier: Nqadu Sensing Technologies (Pty) Ltd, a company incorporated in the Republic of South Africa, principal place of business in Mthatha, Eastern Cape (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for equipment purchases. The Buyer will install wireless condition monitoring on the pumps, homogenisers, separators, compressors and fans of its liquid milk and milk powder plants, and the Supplier was selected through the Buyer's tender No. QYD-ZB-2027-019.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways and accessories listed in the Price Table.
P:1.2 "Licensed Software" means the Supplier's VibraSense condition monitoring server software, perpetual licence for up to 500 measurement points, with its analytics engine and standard dashboards.
P:1.3 "Custom Work" means the asset models, alarm rules, plant-specific dashboards and the interface to the Buyer's maintenance management system created by the Supplier for the Buyer, including source code, scripts and documentation.
P:1.4 The Supplier shall supply the Equipment and Licensed Software, install and commission them at the Buyer's two plants in Hohhot, perform the Custom Work, and train the Buyer's staff, as described in Annex 1 (Technical Specification).
H:2. Price
P:2.1 The Contract Price is CNY 1,600,000, fixed, including VAT, import duties, delivery to the Buyer's plants (DDP Hohhot), insurance, installation materials and all costs of the Supplier's personnel. The itemised prices are:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|420|579,600
TB:2|Industrial gateways with mounting kits|36|320,400
TB:3|VibraSense server software, perpetual licence, 500 points|1|486,000
TB:|Subtotal, Equipment and Licensed Software||1,386,000
TB:4|Installation and commissioning|1 lot|118,000
TB:5|Custom Work (asset models, dashboards, maintenance system interface)|1 lot|74,000
TB:6|Training (operators and reliability engineers)|1 lot|22,000
TB:|Contract Price||1,600,000
P:2.2 No other charges are payable unless agreed in a written change order signed by both parties.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 160,000) within 15 working days after signature, against the Supplier's invoice and an advance payment bank guarantee of equal amount.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 880,000) within 30 days after all Equipment has been delivered and signed for by the Buyer's warehouse. Signature of the delivery note confirms quantity only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 560,000) within 30 days after the Final Acceptance Certificate is signed under clause 5.
P:3.4 Payments are made in CNY by bank transfer against a valid invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:4.2 Installation work on production equipment shall be carried out only during maintenance windows agreed with the Buyer's plant managers and shall follow the Buyer's hygiene, food safety and permit-to-work rules.
P:4.3 Each delivery shall include packing lists, certificates of origin and conformity, calibration certificates for each sensor, and manuals in Chinese and English.
P:4.4 Sensors installed in washdown areas shall have an ingress protection rating suitable for daily cleaning with hot water and detergents, and all mounting parts in product zones shall be stainless steel. Batteries shall be rated for at least five years of operation at the configured measurement interval.
P:4.5 Training shall be given at each plant for operators and for the Buyer's reliability engineers, covering the dashboards, alarm handling, battery and sensor replacement, and the basics of vibration analysis. The Supplier shall provide training records and a short written test for each participant.
H:5. Acceptance
P:5.1 Final acceptance testing starts after commissioning and covers: (a) each sensor is installed at its planned location and reports vibration and temperature values to the server at the configured interval; (b) gateway coverage is confirmed by a site survey with no sensor losing more than two consecutive readings over 14 days; (c) sensor readings on 20 reference machines agree with portable analyser measurements within the tolerance stated in Annex 1; (d) alarm rules trigger correctly in simulated fault tests; and (e) work requests are created automatically in the Buyer's maintenance management system.
P:5.2 When all criteria are met and the system has then run for 30 days without a Severity 1 fault, the Buyer shall sign the Final Acceptance Certificate. Delivery, installation, commissioning, use of the system or any payment does not by itself amount to acceptance.
P:5.3 If any criterion is not met, the Supplier shall correct the failure within 15 days at its own cost and the relevant tests shall be repeated.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including shipping, and shall provide software updates and defect corrections for the Licensed Software and the Custom Work.
P:6.2 Service levels during the warranty period: for a Severity 1 fault (the monitoring server is down, or a gateway serving a critical production line is offline) the Supplier shall respond within 1 hour and restore service within 24 hours; for a Severity 2 fault (individual sensors failing or incorrect readings) it shall respond within 2 hours and resolve the fault within 5 working days. The Supplier shall keep spare sensors and a spare gateway at each plant.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support (software updates, remote diagnosis and replacement of failed Equipment at cost) for a fee of 7.5% of the Subtotal for Equipment and Licensed Software, that is CNY 103,950 per year. This fee shall not be increased for four years after the warranty period ends. Support is ordered year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Licensed Software remains the property of the Supplier; the Buyer receives a perpetual, irrevocable licence to use it at its plants in mainland China.
P:7.2 The Custom Work belongs to the Buyer from the moment it is created. The Supplier shall hand over the source code, scripts and documentation before final acceptance, and the Buyer may use, modify and license the Custom Work freely, including through other contractors.
H:8. Buyer Data and Data Security
P:8.1 All measurement data, asset information, alarm records and reports produced by the system ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep copies or use the data for any other purpose, including in aggregated or anonymised form.
P:8.2 The monitoring server is installed in the Buyer's data room. The Supplier may access it remotely only through the Buyer's VPN and bastion host, with approval for each session, and all sessions are logged. The Supplier shall not transfer Buyer Data outside mainland China.
P:8.3 The Supplier shall report any data security incident involving its personnel, tools or remote access within 6 hours, help the Buyer contain it, and compensate the Buyer for the resulting losses.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's plants, production processes, equipment and business obtained under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after completion of the Contract.
H:10. Liquidated Damages and Liability
P:10.1 If the Supplier fails to deliver the Equipment or complete installation and commissioning by the dates in clause 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, intellectual property infringement or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent, and remains responsible for the acts and omissions of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if liquidated damages reach the maximum in clause 10.1. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.
H:14. Miscellaneous
P:14.1 Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this Contract. This Contract is made in English and Chinese; both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, Sections + Schedules 1-3 as tables)
E04 = """# Managed IT Services Agreement

**Agreement reference:** BVM-MSA-2027-011

**Customer:** Xiamen Haiyue Supply Chain Co., Ltd., a company incorporated in the People's Republic of China, registered office in Huli District, Xiamen, Fujian Province.

**Provider:** Brit Valley Managed IT Ltd, a company registered in England, registered office at West Bay Road, Bridport, Dorset, England, acting in China through its service delivery centre in Xiamen.

**Background.** Customer operates six offices and four warehouses in Fujian and Guangdong. Customer wishes to outsource the operation of its network, end-user devices and service desk to Provider for 36 months, and Provider has agreed to provide those services on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 3.

1.3 "Monthly Charge" and "Transition Fee" have the meanings given in Schedule 3.

1.4 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider handles in performing the Services, including data held on managed devices, network configurations and service desk tickets.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date.

2.2 This Agreement expires at the end of the 36-month service period. It does not renew automatically; any extension must be agreed in writing.

## Section 3. Transition and Transition Acceptance

3.1 Within 10 weeks after signature Provider shall take over the Services from Customer's current arrangements, following the transition plan agreed with Customer. Provider shall complete an inventory of all devices and network equipment in scope, document the network, set up its monitoring tools and service desk, and prepare runbooks for each site.

3.2 Transition Acceptance requires that: (a) the inventory has been reconciled with Customer's asset register and every discrepancy explained; (b) every in-scope device reports to Provider's monitoring tools; (c) the service desk has handled live tickets from all sites for 10 working days with the response times in Schedule 2 met; (d) the runbooks have been reviewed and approved by Customer's IT manager; and (e) a failover test of the internet links at the head office has been passed.

3.3 Customer shall review the results within 5 working days after Provider's notice and either sign the Transition Acceptance certificate or list the criteria not met. Provider shall correct any failure and repeat the relevant checks. Partial use of the Services before that date is not acceptance.

3.4 If Transition Acceptance is not achieved within 10 weeks after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay until it is achieved.

## Section 4. Service Delivery

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the service levels in Schedule 2.

4.2 Provider shall assign a named service delivery manager, who shall meet Customer's IT manager monthly, present a service report covering the service levels, incidents, changes, problems and improvement actions, and agree any corrective plan.

4.3 Changes to Customer's network or devices are made only through the change process in the runbooks, with Customer's approval for any change classed as significant.

4.4 Customer shall give Provider the access, information and cooperation reasonably needed for the Services, including access to its sites during working hours and, for urgent incidents, at any time.

## Section 5. Customer Data

5.1 Customer Data is and remains the property of Customer. Provider may use Customer Data only to perform the Services for Customer and shall not use it for any other purpose.

5.2 At the end of this Agreement Provider shall return all Customer Data, configurations and documentation to Customer in a usable format.

## Section 6. Intellectual Property

6.1 Provider's monitoring tools, service desk software and general know-how remain its property.

6.2 The runbooks, network documentation, configuration scripts and reports produced for Customer under this Agreement belong to Customer. Customer may use, modify and hand them to any successor provider without restriction.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by confidentiality obligations.

7.2 These obligations continue for five years after the end of this Agreement.

## Section 8. Personnel and Subcontracting

8.1 Provider shall use suitably qualified and experienced staff. Customer may require the replacement of any individual who does not meet Customer's site rules.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor as for its own staff.

## Section 9. Charges and Payment

9.1 Customer shall pay the charges set out in Schedule 3. The charges are fixed for the whole term and include VAT.

9.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears. Customer shall pay each correct invoice within 30 days after receipt. No payment is due before the Service Commencement Date.

## Section 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Charges in Schedule 3. This limit does not apply to personal injury, fraud, wilful misconduct or breach of Section 7.

10.2 Neither party is liable for indirect loss or loss of profits.

## Section 11. Duration and Ending of the Agreement

11.1 This Agreement may be ended before the end of the 36-month service period only by a written agreement signed by both parties. Service failures and other breaches are remedied through the service credits in Schedule 2, the payment under Section 3.4 and claims for damages, and do not give either party a right to end this Agreement early.

11.2 At the end of this Agreement Provider shall cooperate with Customer and any successor provider for an exit period of up to 60 days, hand over all documentation under Section 6.2, and continue the Services during that period at the Monthly Charge pro rata.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be resolved by the parties' senior managers within 30 days shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.

## Section 13. General

13.1 Neither party may assign this Agreement without the other's written consent.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

13.3 Notices under this Agreement must be in writing and delivered by hand, courier or e-mail to the contacts named by each party, and take effect on receipt.

13.4 Neither party is liable for delay caused by events beyond its reasonable control, such as typhoons, floods or government orders, if it informs the other party promptly and limits the effects as far as it reasonably can. Such events do not excuse payment obligations.

Signed for Customer: ____________________    Signed for Provider: ____________________

## Schedule 1. Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | telephone, e-mail and portal support in Chinese and English for about 420 users | 07:30 to 21:00, Monday to Saturday; on-call at other times for Priority 1 |
| Network operations | monitoring and management of 10 sites: routers, firewalls, 58 switches, 146 wireless access points, SD-WAN links | 24 x 7 |
| End-user devices | 430 laptops and desktops, 190 handheld scanners, 64 label and document printers: imaging, patching, antivirus, repairs | business hours, on site at each location |
| Warehouse systems support | first-line support for scanners and printers connected to the warehouse management system | 24 x 7 |
| Moves, adds and changes | up to 40 requests per month included | business hours |
| Asset management | device inventory, lifecycle reports, disposal coordination | monthly report |

## Schedule 2. Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of the managed network at each site, per month | 99.95% | 3% of the Monthly Charge for each 0.1 percentage point below target |
| Priority 1 incident (site down or warehouse operations stopped): response | 15 minutes | CNY 1,500 per incident |
| Priority 1 incident: restoration | 3 hours | CNY 1,000 per additional hour |
| Priority 2 incident (group of users or one critical device affected): response | 1 hour | CNY 500 per incident |
| Priority 3 request: resolution | 3 business days | none |
| Customer satisfaction, quarterly survey | at least 4.2 out of 5 | improvement plan |

Service credits for any month are capped at 20% of that month's Monthly Charge and are deducted from the next invoice.

## Schedule 3. Charges

| Charge | Amount (CNY) | Basis |
|---|---|---|
| Transition Fee | 64,000 | one-time, invoiced after Transition Acceptance |
| Monthly Charge | 58,000 | per month, 36 months, in arrears |
| Total Monthly Charges | 2,088,000 | 36 x 58,000 |
| **Total Charges** | **2,152,000** | Transition Fee plus Total Monthly Charges |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, numbered clauses)
E05 = """METOCEAN DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. JCM-SUB-2027-0093

BETWEEN

Jurassic Coast Metocean Ltd, a company registered in England and Wales, whose registered office is at The Esplanade, Sidmouth, Devon, England ("Provider"); and

Fujian Dongao Offshore Wind Operations Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is in Fuqing, Fujian Province ("Customer").

BACKGROUND

Customer operates and maintains offshore wind farms in the Taiwan Strait off the coast of Fujian. Customer needs site-specific wind, wave and visibility forecasts to plan crew transfers, vessel movements and maintenance campaigns. Provider produces marine weather forecasts and historical metocean datasets and delivers them through an application programming interface (API) and a web portal. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Services" means the forecast data, historical datasets, API access and portal access described in clause 2.

1.2 "Subscription Year" means a period of one year starting on the Service Start Date or on an anniversary of it.

1.3 "Service Start Date" means the date on which Customer signs the Integration Acceptance certificate under clause 4.

1.4 "Customer Data" means all data supplied by Customer to Provider, including turbine coordinates, vessel and crew transfer limits, site observations from Customer's buoys and lidar, and the queries made through Customer's API keys.

1.5 "Site Configuration" means the forecast points, thresholds, operability rules and report templates set up specifically for Customer's wind farms.

2. DATA SERVICES

2.1 Provider shall deliver, for each of Customer's 7 wind farm sites, hourly forecasts of wind speed and direction at hub height, significant wave height, wave period and direction, visibility and lightning risk, for a horizon of 10 days, updated every 6 hours.

2.2 Provider shall provide a 20-year hindcast dataset for each site, and daily operability windows for crew transfer vessels based on the limits supplied by Customer.

2.3 Access is provided through a REST API (up to 200,000 calls per day) and through the web portal for up to 60 named users. Customer may integrate the API into its own maintenance planning and marine coordination systems.

2.4 Provider shall assign a named meteorologist to Customer, who is available by telephone during Customer's business hours for forecast consultation before major vessel campaigns.

3. TERM AND RENEWAL

3.1 The initial term of this Agreement is two Subscription Years from the Service Start Date.

3.2 At the end of the initial term, this Agreement renews automatically for successive periods of one Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 Provider may increase the subscription fee for any renewal Subscription Year by up to 9% over the fee for the preceding Subscription Year, by giving Customer notice of the new fee at least 30 days before the renewal. Customer's only option if it does not accept the new fee is to give notice of non-renewal within the period in clause 3.2.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 30 days after signature Provider shall set up the Site Configuration, issue API keys, deliver the API documentation and support Customer's integration team.

4.2 Integration Acceptance requires that: (a) forecasts for all 7 sites are delivered through the API in the agreed format for 14 consecutive days without a missed update; (b) the hindcast datasets are delivered complete for each site; (c) forecast values at the test points match the values shown in the portal; (d) operability windows are calculated correctly against the limits supplied by Customer in at least 20 test cases chosen by Customer; and (e) the portal accounts are active.

4.3 Customer shall complete its checks within 10 working days after Provider's notice of readiness and either sign the Integration Acceptance certificate or list the failures, which Provider shall correct before the checks are repeated. Use of the data during testing does not amount to acceptance.

4.4 If Provider is not ready for Integration Acceptance within 30 days after signature, it shall pay Customer CNY 600 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee CNY 418,000 for the first Subscription Year and CNY 418,000 for the second Subscription Year; one-time integration and site configuration fee CNY 36,000. The total contract value for the initial term is CNY 872,000, including VAT.

5.2 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer shall pay each correct invoice within 30 days after receipt.

5.3 API calls above the daily limit in clause 2.3 are charged at CNY 0.02 per call, invoiced quarterly in arrears. Such charges are not part of the total contract value.

6. SERVICE LEVELS

6.1 Provider shall make the API and the portal available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least 3 days in advance.

6.2 Incidents are classified as follows. Priority 1: the API or all forecasts are unavailable, or forecasts are not updated for more than 12 hours. Priority 2: one site or one parameter is missing or clearly wrong. Priority 3: other problems and questions. Provider shall respond to Priority 1 incidents within 1 hour at any time of day and restore the service within 6 hours, respond to Priority 2 incidents within 2 hours, and respond to Priority 3 requests within 1 business day.

6.3 If monthly availability falls below the level in clause 6.1, Provider shall credit Customer 5% of the monthly share of the subscription fee for each full 0.5 percentage point of shortfall. For each Priority 1 incident in which the response or restoration time is missed, Provider shall credit Customer CNY 2,000. Credits are deducted from the next invoice or, at the end of the term, refunded.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Data Services to Customer and shall not use it, in identifiable, aggregated or anonymised form, for any other purpose, including the improvement of its models for other clients.

7.2 At the end of this Agreement Provider shall return Customer Data in a standard format and delete it from its systems within 30 days, and confirm the deletion in writing.

8. DATA SECURITY

8.1 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access control by named staff with multi-factor authentication, and access logging. Turbine coordinates and site observations shall be stored in a data centre located in mainland China and shall not be transferred abroad except with Customer's written consent and in compliance with the laws of the People's Republic of China.

8.2 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, disclosure of or loss of Customer Data, shall take immediate steps to contain it, and is responsible for the losses and costs suffered by Customer as a result of an incident caused by Provider or its staff.

9. INTELLECTUAL PROPERTY

9.1 Provider's forecasting models, software and general datasets remain its property. Customer receives a licence to use the forecast data and hindcast datasets for its own operations during the term, and to keep and use the data delivered during the term for its internal records after the term.

9.2 The Site Configuration belongs to Customer. Provider shall deliver it in an exportable form on request, and Customer may use, modify and have it used by any third party.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to those of its employees and advisers who need to know it and are bound by equivalent obligations. This clause continues for five years after the end of this Agreement.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the Data Services or any part of them without Customer's prior written consent and remains responsible for any approved subcontractor.

12. LIABILITY

12.1 Forecasts are estimates, and Customer remains responsible for its own operational decisions.

12.2 Provider's total liability under or in connection with this Agreement in any event shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

12.3 Neither party is liable for indirect loss or loss of profits.

13. TERMINATION

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after written notice, or if monthly availability is below the level in clause 6.1 in three consecutive months.

13.2 On termination under clause 13.1 Provider shall refund the subscription fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules then in force. The arbitration shall be conducted in English and Chinese.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's prior written consent.

15.2 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

# ================================================================ targets
FILES = {
    "z01": ("h1117z01_petition_bureau_platform_licence", "pdf", Z01),
    "z02": ("h1117z02_pump_factory_line_control_retrofit", "docx", Z02),
    "z03": ("h1117z03_childcare_chain_booking_saas", "txt", Z03),
    "z04": ("h1117z04_landfill_leachate_monitoring_om", "txt", Z04),
    "z05": ("h1117z05_woodcarving_process_tracking_supplier_template", "md", Z05),
    "e01": ("h1117e01_eam_perpetual_licence_za_vendor", "pdf", E01),
    "e02": ("h1117e02_quality_saas_order_form_uk_vendor", "md", E02),
    "e03": ("h1117e03_dairy_condition_monitoring_sensors", "docx", E03),
    "e04": ("h1117e04_logistics_managed_it_services_36_months", "md", E04),
    "e05": ("h1117e05_metocean_api_subscription", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# key: (category, terms, sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, contract_value,
#       tco (fee base, warranty months) or None)
LABELS = {
    #            avail  p1    remedy ip        dsec  owns   conf   ld     cap   prepay acc   final warr pw    auto   term   sub    law     kind
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
            True, True, True, False, 1500000, (860000, 24)),
    "z02": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False, True, True, "PRC", G),
            True, True, True, False, 1900000, (1632000, 18)),
    "z03": ("cloud", T(99.5, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None, True, True, False, "PRC", S),
            True, True, None, False, 734000, None),
    "z04": ("services", T(None, 1, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S),
            True, True, None, False, 586000, None),
    "z05": ("software", T(None, None, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None, None, G),
            False, True, False, True, 312000, None),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False, "South Africa", G),
            True, True, True, False, 1780000, (1260000, 24)),
    "e02": ("cloud", T(99.95, 1, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False, "England and Wales", S),
            True, False, None, False, 699200, None),
    "e03": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7.5, False, True, False, "PRC", G),
            True, True, True, False, 1600000, (1386000, 36)),
    "e04": ("services", T(99.95, 0.25, True, "buyer", False, True, True, 2000 / 2152000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S),
            True, True, None, False, 2152000, None),
    "e05": ("cloud", T(99.5, 1, True, "buyer", True, True, True, 600 / 872000 * 100, 6 / 24 * 100, None, True, None, None, None, True, True, False, "PRC", S),
            True, True, None, False, 872000, None),
}

# design list: the rules each draft was written to trigger
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
}
FORUM_OUTSIDE_MAINLAND = {"e01", "e02"}  # Johannesburg arbitration; English courts

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy §3 thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40
HORIZON_YEARS = 5


def tco_share(key):
    cat, t, sla, lds, capped, deemed, value, tco = LABELS[key]
    if t["contract_kind"] != G or tco is None or t["post_warranty_fee_pct"] is None:
        return None
    base, wm = tco
    years = max(0.0, HORIZON_YEARS - wm / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(key):
    """My reading of policy §3, applied to the labels."""
    cat, t, sla, lds, capped, deemed, value, tco = LABELS[key]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not lds:
        assert t["ld_rate_per_day_pct"] is None
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key)
    if goods and share is not None and share > TCO_SHARE_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, ext, _ = FILES[key]
    cat, t, sla, lds, capped, deemed, value, tco = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": f"{name}.{ext}", "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": dict(t), "expected_extra": extra, "expected_rules": derive(key)}


# ================================================================ threshold scan
_N = r"(?<![\d.])"
PATTERNS = [
    _N + r"99\.90*(?!\d)",
    _N + r"0?\.050*\s*(%|％|percent|per\s*cent)",
    r"万分之五(?![十\d])", r"千分之零点五",
    _N + r"(30|40|15|100)(\.0+)?\s*(%|％|percent|per\s*cent)",
    r"百分之(三十|四十|十五|一百|百)(?![一二三四五六七八九点])",
    r"(thirty|forty|fifteen|one\s*hundred)\s*(%|percent|per\s*cent)",
    _N + r"12\s*(个月|months?\b|-month)", r"十二个月", r"twelve[\s-]*(\(12\)\s*)?months?",
    _N + r"4\s*(小时|个小时|hours?\b|hrs?\b|h\b|-hour)", r"(?<![十\d])四个?小时", r"four[\s-]*hours?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "0.05 % per day", "万分之五", "30%", "30 %", "百分之三十", "40%", "15%",
            "100%", "100 per cent", "12个月", "十二个月", "12 months", "twelve months", "4小时", "四小时", "4 hours",
            "4-hour", "four hours", "within4hours", "15percent"]
MUST_MISS = ["99.95%", "99.5%", "0.08%", "万分之八", "130%", "35%", "45%", "150%", "200%", "二十四个月", "24个月",
             "18 months", "24小时", "二十四小时", "24 hours", "14 hours", "1.5%", "0.15%", "4个监测点位", "百分之三十五",
             "36 months", "24 months", "4.2 out of 5", "7×24小时", "24 x 7", "0.055%"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def price_checks():
    v = {k: LABELS[k][6] for k in LABELS}
    assert 860000 + 520000 + 96000 + 24000 == v["z01"] and 300000 + 675000 + 525000 == v["z01"]
    assert 612000 + 418000 + 186000 + 324000 + 92000 == 1632000 and 1632000 + 168000 + 86000 + 14000 == v["z02"]
    assert 190000 + 1045000 + 665000 == v["z02"] and 1632000 * 28 // 100 == 456960
    assert (40 * 6900 + 48000) * 2 + 86000 == v["z03"]
    assert 268000 + 124000 + 96000 + 72000 + 26000 == v["z04"] == 4 * 146500
    assert 168000 + 126000 + 18000 == v["z05"] == 202800 + 109200 and v["z05"] * 65 // 100 == 202800
    assert 1260000 + 380000 + 96000 + 44000 == v["e01"] == 356000 + 801000 + 623000
    assert 1260000 * 11 // 100 == 138600 and 860000 * 9 // 100 == 77400
    assert (380 * 720 + 48000) * 2 + 56000 == v["e02"]
    assert 420 * 1380 + 36 * 8900 + 486000 == 1386000 and 1386000 + 118000 + 74000 + 22000 == v["e03"]
    assert 160000 + 880000 + 560000 == v["e03"] and 1386000 * 75 // 1000 == 103950
    assert 64000 + 36 * 58000 == v["e04"]
    assert 418000 * 2 + 36000 == v["e05"]


def main():
    price_checks()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, ext, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (f"{name}.{ext}", ext)
        else:
            (OUT / f"{name}.{ext}").write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", f"{name}.{ext}")
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, ext, _) in FILES.items():
        lab = label(key)
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        # no label value on a threshold
        for k, v in lab["expected_terms"].items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert v not in TH.values() and v != TCO_SHARE_TH, (key, k, v)
        sh = tco_share(key)
        if sh is not None:
            assert abs(sh - TCO_SHARE_TH) > 2, (key, sh)
        (OUT / f"{name}.json").write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / f"{name}.{ext}")
        if key[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        print(f"{name}.{ext}: length {n}, risk {risk(rules)}, rules {rules}"
              + (f", TCO share {sh:.1f}%" if sh is not None else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    main()
