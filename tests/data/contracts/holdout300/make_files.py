"""holdout300: ten ordinary draft contracts (5 zh, 5 en) and their labels, written blind from policy.md / API.md.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), the .json labels, then
reads every built file back and checks lengths, threshold figures, price sums and the rule coverage.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01 农业农村局 动物疫病监测与追溯平台 (政府采购 公开招标, buyer's paper) -- pdf, 第X条 + 1.1, compliant
# ----------------------------------------------------------------------------------------------------------------
H300Z01 = """
T:青禾市动物疫病监测与追溯平台建设项目政府采购合同
P:合同编号：QHNY-ZFCG-2025-0417
P:甲方（采购人）：青禾市农业农村局
P:乙方（供应商）：山东牧安信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，依据青禾市动物疫病监测与追溯平台建设项目公开招标（招标编号QHCG-2025-0417）的招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设动物疫病监测与追溯平台，覆盖全市9个县区的214个乡镇畜牧兽医站、37家定点屠宰场及1,120家规模养殖场，实现免疫、产地检疫、监测采样、无害化处理和畜禽产品流通的全链条追溯。
P:1.2 建设内容包括：追溯平台软件许可、疫病监测预警模块及移动端定制开发、与省级动物检疫电子出证系统和畜禽标识系统的数据对接、历史数据迁移、部署实施和培训，具体以招标文件技术需求书为准。
P:1.3 平台部署在甲方使用的政务云，由甲方提供计算与存储资源，乙方负责安装、配置和调优，不另行供应硬件。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾捌万元整（¥1,880,000），为固定总价，已包含税费、差旅及完成本项目所需的全部费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|追溯平台软件许可（永久许可，不限用户数）|860,000
TB:2|疫病监测预警模块及移动端定制开发|724,000
TB:3|省级系统对接及历史数据迁移|168,000
TB:4|部署实施|96,000
TB:5|培训（三期，县乡两级操作人员）|32,000
TB:合计||1,880,000
P:2.2 除经甲方书面确认的需求变更外，甲方不再承担任何其他费用。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方开具的合规发票后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币376,000元。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即人民币846,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币658,000元。
P:3.4 甲方通过财政国库集中支付方式付款，因财政拨款程序造成的合理延误不视为甲方违约。乙方应在付款前提交等额合规发票。
H:第四条 交付与进度
P:4.1 乙方应在合同生效后90日内完成平台部署、定制开发和数据迁移，并提交初步验收申请；初步验收合格后进入60日试运行，试运行结束后申请最终验收。
P:4.2 乙方应在合同生效后10日内派驻项目经理，并按周向甲方提交进度报告；项目经理未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件所列功能清单全部实现；（二）与省级动物检疫电子出证系统、畜禽标识系统的接口连续10个工作日数据交换无差错；（三）历史数据迁移后逐表核对记录数，并按5%比例抽样比对内容一致；（四）500个并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期内未发生一级故障；第三方测评机构完成网络安全等级保护测评并出具报告；用户手册、运维手册、源代码及接口文档交付齐全。甲方组织由业务处室和行业专家组成的验收小组，出具书面验收报告。
P:5.3 平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和远程及现场技术支持。
P:6.2 平台月可用率不低于99.95%（经甲方同意的计划维护时间除外）。一级故障（平台整体不可用或疫情上报功能中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障应在2小时内响应，24小时内解决。
P:6.3 乙方未在上述时限内响应或恢复的，每迟延一小时扣除人民币1,000元；月可用率每低于承诺值0.01个百分点，扣除人民币2,000元。扣款从应付款中抵扣。
P:6.4 质保期满后，如甲方需要，乙方提供年度运维服务，年运维费不超过软件许可费的8%（即每年不超过人民币68,800元），且质保期满后三年内不得上调。续签运维服务须另行签订书面合同，不自动续期。
H:第七条 数据安全
P:7.1 平台中的养殖档案、检疫、监测及流通数据均属甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存或用于任何其他目的。
P:7.2 乙方应按网络安全等级保护第三级要求落实安全措施：访问生产环境须经甲方审批并通过堡垒机，操作全程留痕；测试只使用甲方提供的脱敏数据；项目结束时移交并销毁全部数据副本。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第八条 保密
P:8.1 乙方对履行本合同中知悉的疫情信息、甲方工作秘密和未公开资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，甲方有权自行修改、使用并许可第三方使用。乙方平台产品原有的知识产权仍归乙方，甲方获得永久、不可撤销的使用许可。
P:9.2 乙方保证交付成果不侵犯任何第三方的合法权利；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方交付成果不符合合同约定的，应负责修复或重新开发，并赔偿甲方因此遭受的实际损失。
H:第十一条 分包
P:11.1 本项目不得分包，乙方亦不得将本合同转包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或有其他严重违约行为且在甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方支付违约金、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、乙方投标文件、中标通知书及双方确认的澄清文件为本合同的组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方执四份，乙方执二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：青禾市农业农村局    乙方（盖章）：山东牧安信息技术有限公司
P:授权代表：__________    授权代表：__________
P:签订日期：2025年6月18日    签订日期：2025年6月18日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02 啤酒厂 灌装线控制系统改造, post-warranty 维保 -- docx with Word price table, 一、/（一）
# risky: SUBCONTRACT (notice only), TERMINATION (no right to end the contract for breach)
# ----------------------------------------------------------------------------------------------------------------
H300Z02 = """
T:灌装线控制系统改造合同
P:合同编号：HLPJ-SB-2025-062
P:甲方（买方）：海陵湾啤酒有限公司
P:乙方（卖方）：苏州衡拓自动化工程有限公司
P:甲方三号灌装线（玻璃瓶线，额定产能每小时36,000瓶）控制系统老化、备件停产，甲方决定对该线的控制系统进行改造。乙方已现场勘察并提交技术方案。双方依据《中华人民共和国民法典》，经友好协商，就改造事宜订立本合同。
H:一、改造范围
P:（一）更换洗瓶机、灌装压盖机、杀菌机、贴标机和装箱机的PLC及远程I/O，更换伺服驱动与触摸屏，重新编制全线控制程序。
P:（二）新建灌装线监控系统（SCADA），实现全线设备状态、产量、故障和能耗的集中显示，并通过标准接口向甲方MES系统上传批次与产量数据。
P:（三）负责拆除旧控制柜、安装新柜、敷设控制电缆及通讯光缆、单机调试和联动调试，并在甲方安排的停产窗口（不超过18天）内完成切换。
H:二、合同价格
P:（一）本合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），含税、运输、保险、安装、调试及培训费用。价格明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及远程I/O模块|5套|642,000
TB:2|伺服驱动及电机|46套|318,000
TB:3|触摸屏（HMI）|9台|96,000
TB:4|SCADA监控软件及MES接口许可|1套|154,000
TB:5|工业以太网交换机|12台|58,000
TB:|软硬件小计||1,268,000
TB:6|程序编制与调试||236,000
TB:7|安装及停产切换||118,000
TB:8|操作及维护培训||18,000
TB:|合同总价||1,640,000
P:（二）合同总价为固定价格，不因原材料或汇率变化而调整。
H:三、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币328,000元。
P:（二）全部设备到达甲方现场并经双方清点签收后，甲方支付合同总价的35%，即人民币574,000元。到货签收仅确认数量和外观，不构成质量验收。
P:（三）改造完成并经最终验收合格后，甲方支付合同总价的45%，即人民币738,000元。
P:（四）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、交货与工期
P:（一）乙方应在合同签订后75日内将全部设备运抵甲方厂区。
P:（二）停产切换自甲方书面通知的日期开始，乙方应在18日内完成切换并使灌装线恢复生产。
H:五、验收
P:（一）验收标准：全线以额定速度连续运行72小时，灌装液位合格率不低于99.5%，瓶损率不高于0.2%；各单机启停、联锁、急停和安全门功能逐项测试合格；SCADA数据与现场仪表比对一致，MES接口连续7天数据上传完整。
P:（二）恢复生产后进入30日试运行，试运行期满且上述指标均达到的，双方签署最终验收报告。安装完成、恢复生产或甲方使用设备，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新组织验收，费用由乙方承担。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费更换故障部件、修复程序缺陷并提供技术支持。
P:（二）故障响应：一级故障（灌装线停机）乙方应在30分钟内远程响应，3小时内派工程师到达现场，8小时内恢复生产；二级故障（单机功能异常但不停线）2小时内响应，24小时内处理完毕。
P:（三）乙方未按上述时限响应或到场的，每迟延一小时向甲方支付人民币1,500元，甲方可从应付款中直接扣除。
P:（四）质保期满后，乙方提供维保服务，年维保费为软件与硬件小计的9%，即每年人民币114,120元，该价格自质保期满起三年内固定不变。维保内容包括每季度一次预防性巡检、备件供应及故障处理，响应时限同本条第（二）项。维保合同期满后是否续签由甲方决定。
H:七、生产数据与数据安全
P:（一）灌装线运行数据、配方参数、批次和产量记录均属甲方所有，乙方不得复制、带离甲方厂区或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方生产部批准，通过甲方指定的VPN和账号进行，每次维护记录操作日志；乙方应在控制网络与办公网络之间配置工业防火墙，并按甲方要求关闭不必要的端口和服务。
P:（三）因乙方原因导致数据泄露、配方丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并协助处置，赔偿甲方由此造成的全部损失。
H:八、保密
P:（一）乙方对在项目中获悉的甲方工艺配方、产能数据、设备布局及其他商业秘密承担保密义务，未经甲方书面同意不得披露，保密期限至该信息公开为止。
H:九、知识产权
P:（一）乙方为本项目编制的PLC程序、SCADA画面、接口程序及其源代码归甲方所有，甲方可自行修改或委托第三方维护。乙方交付的标准软件产品按其许可条款授予甲方永久使用权。
H:十、分包
P:（一）控制柜安装、电缆敷设及桥架施工等现场作业，乙方可自行选定具有相应资质的施工单位分包，进场前书面告知甲方即可。乙方对分包单位的施工质量和安全负责。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（三）乙方提供的设备或程序不符合约定的，应负责更换或修复，并赔偿甲方因停产遭受的直接损失。
H:十二、合同的变更与解除
P:（一）本合同的变更须经双方书面同意。
P:（二）本合同签订后，除因不可抗力致使合同目的无法实现外，任何一方不得单方解除合同。一方违约的，守约方可以要求违约方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:十二之一、培训、文档与安全施工
P:（一）乙方应在切换前完成两期培训：第一期面向甲方电气和仪表人员，内容包括PLC程序结构、伺服参数、常见故障诊断及备件更换；第二期面向灌装线操作人员，内容包括触摸屏操作、换型步骤、报警处理和交接班记录。每期培训结束后由甲方组织考核，考核合格人数应达到参训人数的九成以上。
P:（二）乙方应在最终验收前向甲方交付电气原理图、接线图、I/O清单、网络拓扑图、程序备份、参数表、备件清单和操作维护手册各一套，纸质版与电子版内容一致。
P:（三）乙方现场人员应遵守甲方的食品安全、防火和安全生产管理制度，进入灌装车间须穿戴洁净工作服并接受卫生检查；动火、登高和带电作业须事先办理甲方作业许可。因乙方人员违反上述制度造成人身伤害或财产损失的，由乙方负责。
P:（四）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，双方据此协商延期履行。
H:十三、适用法律与争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十四、其他
P:（一）技术方案、设备清单及培训计划为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方：海陵湾啤酒有限公司（盖章）    乙方：苏州衡拓自动化工程有限公司（盖章）
P:代表：__________    代表：__________
P:日期：2025年4月9日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03 驾校连锁 (25 个训练场) 学员培训管理 SaaS + 实施 -- txt, 第X条 + （1）
# risky: SLA-AVAILABILITY (99.5), AUTO-RENEWAL (乙方可上调订阅费)
# ----------------------------------------------------------------------------------------------------------------
H300Z03 = """学员培训管理云服务及实施合同

合同编号：CX-JP-2025-0023
甲方：驰行驾驶培训连锁有限公司
乙方：杭州云驭科技有限公司

鉴于甲方在全省经营25个训练场，需要统一管理学员报名、预约排班、计时培训、考试预约和教练考核；乙方提供“驭学”驾培管理云服务。双方根据《中华人民共和国民法典》，就甲方订阅该云服务及乙方提供实施服务事宜达成如下协议。

第一条 服务内容
（1）乙方向甲方25个训练场开通“驭学”云服务，包括报名收费、学员档案、预约排班、计时培训、考试预约、教练评价和经营报表功能，账号数量不限。
（2）乙方负责实施服务：系统配置、甲方现有学员及教练数据迁移、与25个训练场计时终端和车载终端的对接、按甲方格式开发8张经营报表、上线支持及培训。
（3）服务期为三个服务年度，自上线验收合格之日起算。

第二条 费用
（1）订阅费按训练场计收，每个训练场每个服务年度人民币14,800元，25个训练场每个服务年度合计人民币370,000元；三个服务年度合计人民币1,110,000元。
（2）实施费为人民币186,000元，为固定价格。
（3）本合同总价为人民币1,296,000元（订阅费1,110,000元 + 实施费186,000元）。新增训练场按同一单价另行计费，不计入本合同总价。

第三条 付款
（1）本合同不设预付款，甲方在上线验收前不支付任何款项。
（2）实施费在上线验收合格后15个工作日内一次付清。
（3）订阅费按季度结算，每季度结束后10个工作日内，乙方提交上季度服务报告和发票，甲方核对无误后支付上季度订阅费。

第四条 实施与上线验收
（1）乙方应在合同生效后45日内完成配置、数据迁移和终端对接，并申请上线验收。
（2）上线验收标准：①历史学员、教练及车辆数据逐条核对无遗漏；②25个训练场的计时终端学时数据上传准确，连续7日与终端记录比对无差异；③8张报表与甲方财务口径核对一致；④200名学员同时预约时页面响应不超过3秒。
（3）上述标准全部达到后，双方签署上线验收单。乙方开通账号或甲方开始使用，均不视为验收合格。
（4）乙方逾期申请上线验收的，每逾期一日向甲方支付违约金人民币800元。

第五条 服务水平
（1）乙方承诺云服务月可用率不低于99.5%，计划维护须提前3个工作日通知甲方并安排在夜间22:00至次日6:00之间进行。
（2）故障分级及响应：一级故障（全部训练场无法预约或计时中断）30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决；三级问题2个工作日内答复。
（3）月可用率低于承诺值的，按当月订阅费的5%给予服务抵扣；低于98%的，按当月订阅费的10%给予服务抵扣。一级故障超过恢复时限的，每超过一小时另抵扣人民币500元。抵扣额在下季度订阅费中扣减。

第六条 学员数据与数据安全
（1）学员个人信息、培训记录、收费数据均属甲方所有。乙方仅为提供本合同服务处理该等数据，不得用于其他目的，不得向第三方提供。
（2）乙方应将数据存储于中国境内的数据中心，采取加密存储、传输加密、分级授权和操作审计措施，每日备份并保留30日，云平台应具备网络安全等级保护第三级备案。
（3）发生个人信息泄露或数据丢失的，乙方应在12小时内通知甲方，配合甲方向监管部门报告，并承担因其原因造成的全部责任和损失。
（4）服务终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。

第七条 保密
（1）双方对在合作中获悉的对方商业信息、价格、学员资料和技术资料负有保密义务，未经对方书面同意不得披露。本条在合同终止后三个服务年度内继续有效。

第八条 知识产权
（1）“驭学”云平台及其原有功能的知识产权归乙方所有。
（2）乙方为甲方专门开发的8张经营报表、终端对接程序及其文档归甲方所有，甲方可自行修改使用或交由第三方维护。

第九条 续订
（1）服务期满前30日内任何一方未书面提出不续订的，本合同自动续订一个服务年度，此后亦同。
（2）每次续订时，乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方在续订前通知甲方即可。

第十条 违约与责任限制
（1）乙方违反第六条的，应承担相应的赔偿责任。
（2）除第六条数据安全责任外，乙方在本合同项下的累计赔偿责任以本合同总价的两倍为限。

第十一条 分包
（1）乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。云平台所用的基础云资源供应商已在附件中列明，视为甲方同意。

第十二条 合同解除
（1）乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已预收但未提供服务部分的费用并赔偿损失。
（2）连续两个月月可用率低于98%的，甲方有权解除合同。

第十二条之一 双方联系与服务管理
（1）乙方为甲方指定客户成功经理一名，负责需求受理、版本发布通知和月度服务回顾；甲方指定信息化专员一名作为对接人。双方联系人变更应提前书面通知对方。
（2）乙方每月5日前向甲方提供上月服务报告，内容包括可用率、故障及处理情况、工单统计、各训练场使用活跃度和改进建议；每季度召开一次服务回顾会议，双方根据回顾结果确定下一季度的改进事项。
（3）乙方对云服务的版本更新应提前5个工作日通知甲方，影响训练场业务流程的重大变更应先在甲方测试账号中验证并经甲方确认后发布。
（4）乙方应为甲方每个训练场提供不少于2次的现场或远程操作培训，并提供视频教程和操作手册，新入职教练可随时参加乙方组织的线上培训。
（5）甲方应保证各训练场网络和计时终端正常运行，及时向乙方提供终端厂商的接口资料，并组织训练场负责人参与上线验收。
（6）因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复，相应期间不计入可用率考核，但乙方应提供中断原因说明及恢复记录。

第十二条之二 通知
（1）本合同项下的通知应以书面形式发送至首部所列地址或双方确认的电子邮箱，以专人送达的，送达时视为收到；以电子邮件发送的，进入对方系统时视为收到。
（2）任何一方变更地址或联系人的，应在变更后3个工作日内通知对方，否则按原地址发送的通知视为有效送达。
（3）服务报告、验收单、续订及不续订通知均应由双方联系人签字或以双方确认的电子邮箱发送。

第十三条 适用法律与争议解决
（1）本合同适用中华人民共和国法律。
（2）争议协商不成的，提交杭州仲裁委员会按其仲裁规则仲裁。

第十四条 其他
（1）本合同附件包括：训练场清单、功能清单、基础云资源供应商清单。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：驰行驾驶培训连锁有限公司        乙方（盖章）：杭州云驭科技有限公司
代表签字：__________                          代表签字：__________
日期：2025年5月20日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04 市公共资源交易中心 电子交易系统 年度运维 (政府采购 竞争性磋商) -- txt, 1. / 1.1
# risky: CONFIDENTIALITY (no clause), LIABILITY-CAP (50 % of the price)
# ----------------------------------------------------------------------------------------------------------------
H300Z04 = """澄江市公共资源交易中心电子交易系统运维服务合同

项目名称：电子交易系统年度运维服务（竞争性磋商，项目编号CJGZ-2025-C031）
采购人（甲方）：澄江市公共资源交易中心
供应商（乙方）：江苏启衡信息服务有限公司

甲方通过竞争性磋商方式采购电子交易系统运维服务，经磋商小组评审，确定乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及磋商文件、乙方响应文件和成交通知书，双方订立本合同。

1. 服务范围与服务期
1.1 运维对象为甲方电子交易系统，包括工程建设、政府采购、产权交易三个交易子系统，以及不见面开标大厅、远程异地评标、CA互认、电子保函和数据归集接口。
1.2 服务内容包括：驻场运维、日常巡检、故障处理、安全加固、应急保障、版本适配及运维文档编制。
1.3 服务期自2025年7月1日起至2026年6月30日止（一个服务年度）。服务期满后如需继续采购，由甲方依法另行组织采购，本合同不自动续期。

2. 服务费用
2.1 本合同总价为人民币陆拾玖万陆仟元整（¥696,000），包括完成全部服务所需的人工、工具、差旅及税费。分项如下：
    驻场运维服务（2名工程师，工作日8:30至17:30驻场，开标日提前1小时到岗）：人民币468,000元
    系统巡检与性能优化（每月一次全面巡检，每季度一次优化报告）：人民币96,000元
    安全加固与应急保障（含重大交易活动保障）：人民币78,000元
    版本适配（CA、电子保函及省平台接口规范变更的适配）：人民币54,000元
2.2 服务期内，因甲方新增交易子系统或接口导致工作量显著增加的，双方另行书面协商。

3. 付款方式
3.1 服务费按季度支付，每季度支付合同总价的四分之一，即人民币174,000元。
3.2 每季度结束后，甲方按第5条对乙方进行季度考核，考核结果确认后15个工作日内支付该季度服务费，扣减项从中扣除。
3.3 本合同不设预付款。

4. 服务要求
4.1 乙方应在合同生效后5日内完成人员进场和系统交接，交接内容包括账号、配置、文档和遗留问题清单，交接完成后双方签署交接确认单。
4.2 乙方逾期完成进场交接的，每逾期一日向甲方支付违约金人民币1,000元。
4.3 驻场人员须具备相应技术能力，名单报甲方备案，更换须提前5个工作日经甲方同意。

5. 服务水平与考核
5.1 电子交易系统月可用率不低于99.95%（经甲方批准的计划维护时间除外）。
5.2 故障分级及响应时限：
    一级故障（开标、评标或保证金系统中断）：15分钟内响应，1小时内恢复或启用应急预案；
    二级故障（单一子系统部分功能异常）：30分钟内响应，3小时内解决；
    三级故障（不影响交易的一般问题）：2小时内响应，2个工作日内解决。
5.3 考核与扣减：一级故障响应或恢复超时的，每超时一小时扣减服务费人民币2,000元；月可用率每低于承诺值0.01个百分点扣减人民币1,500元；因乙方原因造成开标延误的，每次扣减人民币10,000元。季度扣减总额不超过当季服务费。
5.4 乙方每月5日前提交上月运维报告，每季度提交优化报告，经甲方审核确认后作为考核依据。

6. 数据安全
6.1 电子交易系统中的项目信息、投标文件、评标数据、保证金及主体信息均属甲方所有。乙方仅在提供运维服务所需范围内接触上述数据，不得复制、下载或用于其他目的。
6.2 乙方应遵守甲方网络安全管理制度和等级保护第三级要求：运维操作须通过甲方堡垒机进行并全程录像；开标前不得访问投标文件；禁止使用个人移动存储设备；每次变更须经甲方审批。
6.3 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在30分钟内报告甲方并启动应急处置；因乙方原因造成的安全事件，由乙方承担责任并赔偿甲方损失。

7. 知识产权
7.1 乙方在服务期内编制的运维脚本、巡检报告、应急预案和技术文档归甲方所有，甲方可自由使用和修改。
7.2 乙方保证其使用的工具软件已取得合法授权。

8. 分包与转包
8.1 乙方不得将本合同服务分包或转包给第三方。

9. 违约责任与责任限制
9.1 乙方未达到第5条服务水平的，按第5.3条扣减服务费；连续两个季度考核不合格的，甲方有权解除合同。
9.2 乙方违反第6条的，除赔偿损失外，甲方有权解除合同。
9.3 乙方在本合同项下的累计赔偿责任（含违约金和扣减）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。

10. 合同解除
10.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权书面通知解除合同，并按实际服务期间结算费用。

10A. 人员与配合
10A.1 乙方驻场工程师应熟悉电子交易系统架构、数据库和中间件，其中至少一人具备网络安全相关资质。驻场人员请假须提前报甲方同意，并由乙方安排同等能力人员顶岗，顶岗期间服务水平要求不变。
10A.2 重大交易活动、集中开标日及节假日前，乙方应制定专项保障方案，安排工程师值守，并在活动结束后提交保障报告。
10A.3 甲方为乙方驻场人员提供必要的办公场所和网络条件，并协调原建设单位、CA机构和电子保函机构配合乙方开展工作。原建设单位对系统源代码的修改，由甲方另行安排，乙方负责配合部署和回归测试。
10A.4 乙方应每半个服务年度组织一次应急演练，演练场景包括开标系统中断、数据库故障和网络攻击，演练方案和总结报告报甲方备案。
10A.5 服务期满或合同解除时，乙方应在10日内向甲方或甲方指定的后续服务单位完成交接，移交全部账号、配置、文档和遗留问题清单，并配合完成系统切换，交接期间不得中断服务。
10A.6 因不可抗力不能履行合同的，受影响一方应及时通知对方并在合理期限内提供证明，双方协商处理。

10B. 通知与联络
10B.1 双方往来通知、考核结果、整改通知均应以书面形式送达首部所列地址或双方确认的电子邮箱。
10B.2 甲方信息技术科为本合同的日常管理部门，负责考核评分、变更审批和付款申请；乙方项目负责人负责组织服务和落实整改，双方联系人变更应提前书面通知。
10B.3 乙方应建立运维工单台账，记录每次故障的发现时间、响应时间、处理过程和恢复时间，作为季度考核的依据。

11. 适用法律与争议解决
11.1 本合同适用中华人民共和国法律。
11.2 争议协商不成的，向甲方所在地人民法院提起诉讼。

12. 其他
12.1 磋商文件、响应文件、成交通知书及服务方案为本合同组成部分。
12.2 本合同一式五份，甲方执三份，乙方执二份，自双方签字盖章之日起生效。

甲方（盖章）：澄江市公共资源交易中心          乙方（盖章）：江苏启衡信息服务有限公司
授权代表：__________                          授权代表：__________
签订日期：2025年6月24日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05 火锅底料厂 ERP licence + 定制开发, supplier's own template -- md, "## 第X条" + 1.1, markdown price table
# many problems (11 findings)
# ----------------------------------------------------------------------------------------------------------------
H300Z05 = """# 蓉信ERP软件许可及实施服务合同（标准文本 RX-2024版）

**合同编号：** RX-XS-2025-0188

**甲方（用户）：** 重庆渝味红火锅食品有限公司

**乙方（服务商）：** 成都蓉信软件股份有限公司

甲方拟在其食品生产基地上线ERP系统，乙方为蓉信ERP软件的著作权人。双方按照平等自愿原则，就软件许可、定制开发及实施服务订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供蓉信ERP V9软件许可，包括财务、采购、库存、销售、生产制造和质量管理六个模块，并发用户80个。

1.2 乙方根据甲方需求进行定制开发，包括：配方管理（牛油、辣椒、花椒等原料配比及版本控制）、生产批次追溯、冷链物流平台对接和经销商订货门户。

1.3 乙方负责系统安装部署、基础数据初始化、期初数据导入和用户培训。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰捌拾叁万元整（¥1,830,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 蓉信ERP V9软件许可（六模块，80并发用户） | 1,160,000 |
| 2 | 定制开发（配方管理、批次追溯、冷链对接、订货门户） | 520,000 |
| 3 | 实施服务（部署、数据初始化、上线支持） | 126,000 |
| 4 | 培训服务 | 24,000 |
| | **合计** | **1,830,000** |

2.2 上述价格不含甲方服务器、数据库及操作系统费用。需求确认后甲方提出的变更，乙方按每人天人民币2,800元另行收费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即人民币1,006,500元。乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即人民币823,500元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停实施服务。

## 第四条 项目实施

4.1 乙方在收到首期款后开始实施，计划于首期款到账后120日内完成系统上线。

4.2 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金。因甲方需求变更、数据准备不及时或配合不到位造成的延误，乙方不承担责任。

4.3 甲方应指定项目负责人，及时确认需求说明书和各阶段成果；甲方在5个工作日内未提出书面意见的，视为确认。

## 第五条 验收

5.1 系统完成部署并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后使用系统处理业务的，视为对系统功能和质量的认可。

## 第六条 知识产权

6.1 蓉信ERP软件及其文档的著作权归乙方所有，甲方取得在本合同约定范围内的非独占使用权。

6.2 乙方为甲方定制开发的功能模块、程序源代码、接口及相关文档的知识产权均归乙方所有。甲方可在其内部使用，但不得修改、反编译，也不得提供给第三方使用或维护。

## 第七条 售后服务

7.1 系统上线之日起六个月为免费维护期。免费维护期内乙方提供远程技术支持和缺陷修复。

7.2 故障响应：一级故障（系统无法登录或生产、发货业务中断）乙方在接到甲方报修后8小时内响应；二级故障在2个工作日内响应；一般问题在5个工作日内答复。

7.3 乙方将尽力按上述时限提供服务，但乙方不因响应或修复超时承担任何扣款、赔偿或违约责任。

7.4 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的28%，即每年人民币324,800元。甲方未续签维护合同的，乙方不再提供升级补丁和技术支持。

## 第八条 数据

8.1 甲方在系统中录入的业务数据归甲方所有。

8.2 甲方同意，乙方可以将甲方业务数据经脱敏处理后用于乙方产品改进、行业分析及同类客户的实施参考，该等使用不需另行取得甲方同意，也不另行支付费用。

8.3 乙方在实施和维护中接触甲方系统时，应遵守甲方的信息安全制度，采取账号授权、访问日志和传输加密措施；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或监管要求披露的除外。保密义务在合同终止后两个年度内继续有效。

## 第十条 违约责任及责任限制

10.1 任何一方违反本合同约定的，应承担相应违约责任。

10.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且乙方不承担甲方的间接损失、利润损失和数据恢复费用。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除合同。

11.2 因甲方原因解除合同的，乙方已收款项不予退还。

## 第十一条之一 双方配合与培训

11A.1 甲方应按乙方要求提供服务器、网络、数据库环境及实施场地，准备物料编码、客户、供应商、BOM和期初库存等基础数据，并保证数据的真实、完整。

11A.2 乙方提供关键用户培训和最终用户培训，培训内容包括各模块操作、报表查询及系统管理。甲方参训人员应按时参加，因甲方人员未参加培训导致的操作问题不属于系统缺陷。

11A.3 项目实施期间双方各指定项目经理一名，每周召开项目例会，会议纪要经双方确认后作为项目文件。需求说明书经双方签字确认后，任何变更须履行变更手续，变更产生的工作量按本合同第2.2条另行计费。

11A.4 甲方更换服务器、数据库或操作系统版本的，应提前通知乙方；由此产生的重新部署和适配工作，乙方另行报价。

11A.5 因不可抗力导致任何一方不能履行合同的，不承担违约责任，但应及时通知对方。

## 第十一条之二 通知

11B.1 本合同项下的通知以书面形式送达首部所列地址，或发送至双方项目经理的电子邮箱。任何一方变更联系方式的，应在3个工作日内通知对方。

11B.2 乙方发出的上线通知、需求确认通知和付款通知，自发出之日起5个工作日内甲方未书面回复的，视为甲方已收到。

11B.3 甲方的报修通过乙方客服热线或服务平台提交，以乙方服务平台记录的报修时间为准。

## 第十二条 适用法律与争议解决

12.1 本合同适用中华人民共和国法律。

12.2 因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同附件包括：模块清单、定制开发需求说明书（双方确认后生效）、实施计划。

13.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：重庆渝味红火锅食品有限公司　　　　乙方（盖章）：成都蓉信软件股份有限公司

代表：__________　　　　代表：__________

日期：2025年3月14日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01 Weifang kite workshop pattern CAD, perpetual licences, Greek vendor -- pdf, Article N / N.N, price rows
# risky: WARRANTY (90 days), POST-WARRANTY-FEE (list price at the time), GOVERNING-LAW (Greece, Athens courts)
# ----------------------------------------------------------------------------------------------------------------
H300E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. AGK-CN-2025-014
P:This Agreement is made on 22 May 2025 between:
P:(1) Weifang Fengyuan Kite Craft Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at Hanting District, Weifang, Shandong Province (the "Buyer"); and
P:(2) Aeolos Design Systems Single-Member P.C., a company incorporated in Greece, whose registered seat is on Nisida Agathonisi, Dodecanese, Greece (the "Vendor").
P:Recitals
P:(A) The Buyer designs and manufactures sport kites, display kites and traditional Weifang kites and wishes to replace manual pattern drafting with computer-aided pattern design.
P:(B) The Vendor develops and licenses KiteForm, a CAD application for pattern design, panel nesting, seam allowance and cutting-plotter output, and has offered perpetual licences together with related services.
P:(C) At the Buyer's request, all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the KiteForm Professional edition, version 7, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Templates" means the parametric templates for the Buyer's own kite families, the Weifang dragon-centipede segment library and the plotter post-processor for the Buyer's cutting tables, developed by the Vendor under Article 3.2.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Templates meet the acceptance criteria.
P:1.4 "Buyer Data" means all pattern files, drawings, customer designs, production data and other information of the Buyer processed with the Software or made available to the Vendor.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on six (6) named workstations at the Buyer's premises for its own business, including the design of products for its customers.
P:2.2 The Buyer may move a licence to a replacement workstation by deactivating it on the old one. The Buyer shall not decompile or resell the Software except as permitted by mandatory law.
P:2.3 The licence survives any termination of the support arrangements described in Article 7.
H:Article 3 Scope of Supply
P:3.1 The Vendor shall deliver the Software licences with the Pattern Library module, install them at the Buyer's Weifang workshop, configure the connection to the Buyer's two cutting plotters and train the Buyer's designers.
P:3.2 The Vendor shall develop the Custom Templates according to the specification in Annex 2, based on samples and drawings provided by the Buyer.
P:3.3 Installation and training shall take place on site. The Vendor's engineer may be assisted remotely by the Vendor's development team in Greece through a connection opened by the Buyer for each session.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 549,000, fixed and inclusive of all taxes, travel costs and expenses, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|KiteForm Professional perpetual licences, 6 workstations at CNY 68,500 each|411,000
TB:2|Pattern Library module, site licence|54,000
TB:|Licence subtotal|465,000
TB:3|Custom Templates development|46,000
TB:4|Installation, plotter configuration and training (5 days on site)|38,000
TB:|Contract Price|549,000
P:4.2 The Buyer shall pay the Contract Price in three instalments: (a) 20% (CNY 109,800) within 15 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% (CNY 247,050) within 15 days after the Installation Certificate, which confirms that the Software is installed and does not constitute acceptance; (c) 35% (CNY 192,150) within 15 days after Final Acceptance.
P:4.3 Payments shall be made by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and deliver the Custom Templates within 90 days after signature.
P:5.2 Acceptance tests shall be carried out at the Buyer's workshop within 20 days after delivery of the Custom Templates. The criteria are: (a) each of the twelve reference kite patterns listed in Annex 3 is reproduced with a dimensional deviation of no more than 0.5 mm on the plotter output; (b) nesting of a standard 40-panel delta kite achieves material utilisation at or above the figure stated in Annex 3; (c) the Custom Templates generate complete cutting files for all kite families in Annex 2; and (d) all six workstations operate for ten consecutive working days without a Severity 1 error.
P:5.3 When all criteria are met, the Buyer shall issue a Final Acceptance certificate. Installation, use of the Software in production or payment of any instalment does not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost within 15 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Templates will perform substantially in accordance with their documentation for a period of ninety (90) days from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct reported defects free of charge.
P:6.2 During the Warranty Period the Vendor shall respond to a Severity 1 error (the Software cannot be started, or files cannot be opened, saved or sent to the plotter) within two (2) business hours (Beijing time) and to a Severity 2 error within one business day.
P:6.3 If the Vendor responds late to a Severity 1 error, it shall pay the Buyer CNY 600 for each hour of delay, deducted from the next payment due.
H:Article 7 Maintenance after the Warranty Period
P:7.1 After the Warranty Period, the Buyer may order Annual Maintenance, which includes new versions, patches and telephone and remote support.
P:7.2 Annual Maintenance is charged at the Vendor's list price for maintenance in effect at the time each order is placed. The Vendor may revise its list price from time to time at its discretion.
P:7.3 Annual Maintenance is ordered by separate purchase order for each maintenance period and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Templates, including their source files, vest in the Buyer upon payment of the related instalment. The Buyer may use, modify and license the Custom Templates freely, including to its contractors. The Vendor shall deliver the source files with the Custom Templates.
P:8.3 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's intellectual property rights and shall hold the Buyer harmless from resulting damages and costs.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not copy it, keep it or use it for any other purpose.
P:9.2 Remote sessions may be opened only by the Buyer, for a stated purpose, and shall be logged. The Vendor shall not transfer Buyer Data outside the Buyer's premises without the Buyer's written approval and shall delete any copy made for support immediately after the support case is closed.
P:9.3 The Vendor shall keep its support systems protected by current security measures, including access control and encryption. It shall notify the Buyer within 24 hours of any security incident affecting Buyer Data and shall be liable for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Buyer's kite designs and customer orders, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after termination.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to meet a delivery date in Article 5.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The total liability of the Vendor under this Agreement shall not exceed 150% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement under Article 8.3 and breach of Article 9, which is not limited.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.
P:13.2 If the Buyer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid, against return of the licence keys.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the exclusive jurisdiction of the courts of Athens, Greece. The parties shall first try to settle the dispute amicably within 30 days.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Licence Terms), Annex 2 (Custom Templates Specification) and Annex 3 (Acceptance Test Patterns), is the entire agreement between the parties. It may be amended only in writing signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:For the Buyer: Weifang Fengyuan Kite Craft Co., Ltd.    Signature: ____________________
P:For the Vendor: Aeolos Design Systems Single-Member P.C.    Signature: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02 Dunhuang desert-camp booking SaaS, Order Form (Part A) + General Terms (Part B), Estonian vendor -- md
# risky: SLA-MISSING (+ SLA-RESPONSE), AUTO-RENEWAL (fee increase on renewal)
# ----------------------------------------------------------------------------------------------------------------
H300E02 = """# DUNEBOOK ORDER FORM AND GENERAL TERMS

**Order Form No.** DB-OF-2025-0311

# PART A - ORDER FORM

## A1. Parties

| | |
|---|---|
| **Provider** | Dunebook OU, a private limited company registered in Estonia, with its registered office in Kelnase village, Prangli island, Viimsi Parish, Harju County, Estonia |
| **Customer** | Dunhuang Mingsha Starlight Camp Tourism Co., Ltd., Shazhou Town, Dunhuang, Gansu Province, People's Republic of China |

## A2. Background

The Customer operates three desert camps near the Mingsha Sand Dunes with 146 tents and lodges, camel treks, sand-sledge and stargazing activities. It needs a single booking system for direct online sales, travel-agency allotments and on-site check-in. The Provider operates Dunebook, a booking platform for outdoor accommodation delivered as a hosted service. The parties enter into this Order Form, which incorporates the General Terms in Part B.

## A3. Services Ordered

1. Dunebook Camp Suite subscription: inventory and rate management for three camps, online booking engine in Chinese and English, agency allotment portal, payment collection through the Customer's own WeChat Pay and Alipay merchant accounts, check-in app and standard reports.
2. Onboarding: configuration of tents, lodges, activity packages and seasonal rates; import of existing bookings and agency contracts; integration of the booking engine into the Customer's website and WeChat mini-program; training of front-desk and sales staff.

## A4. Term

The Subscription Start Date is the date of Go-Live Acceptance under A6. The Initial Term is two (2) Subscription Years from the Subscription Start Date. A "Subscription Year" is each successive period of that length beginning on the Subscription Start Date or its anniversary.

## A5. Fees

At the Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Camp Suite subscription | CNY 186,000 per Subscription Year x 2 Subscription Years | 372,000 |
| Onboarding | one-time, fixed | 34,000 |
| **Total for the Initial Term** | | **406,000** |

Additional camps may be added at CNY 62,000 per camp per Subscription Year, pro rata; such additions are not part of the total above.

## A6. Onboarding and Go-Live Acceptance

1. The Provider shall complete onboarding within 40 days after signature of this Order Form.
2. Go-Live Acceptance tests shall show that: (a) all imported bookings match the Customer's records for guests, dates, tents and amounts; (b) a test booking can be made, paid, amended and refunded through the website and the mini-program; (c) agency allotments are released and reconciled correctly; and (d) the check-in app works at all three camps for five consecutive days.
3. The Customer shall sign a Go-Live Acceptance certificate when the tests are passed. Use of the system for live bookings before that date does not constitute acceptance.
4. If Go-Live Acceptance is not reached within 40 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

## A7. Invoicing and Payment

1. No fees are payable before the Subscription Start Date.
2. The onboarding fee is invoiced on Go-Live Acceptance.
3. Subscription fees are invoiced quarterly in arrears, at the end of each quarter of a Subscription Year, and are payable within 30 days of the invoice.

## A8. Signatures

Signed for the Provider: ____________________  Date: 2 April 2025

Signed for the Customer: ____________________  Date: 2 April 2025

# PART B - GENERAL TERMS

## B1. Provision of the Service

1. The Provider shall make the Service available to the Customer's authorised users in accordance with the Order Form and these General Terms.
2. The Provider will use commercially reasonable efforts to keep the Service available and to deal with support requests promptly. Support requests may be submitted through the in-app help desk or by e-mail during Provider's business hours.
3. The Provider may carry out maintenance from time to time and will try to schedule it outside the Customer's peak booking periods.

## B2. Customer Obligations

1. The Customer is responsible for the accuracy of rates, availability and content it enters, and for the use of the Service by its users.
2. The Customer shall keep user credentials secure and shall notify the Provider promptly of any unauthorised use.

## B3. Renewal

1. After the Initial Term, the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.
2. The Provider may increase the subscription fee for any renewal term by up to nine per cent (9%) of the fee for the preceding Subscription Year, by notice given at least 45 days before the renewal term begins.

## B4. Customer Data

1. All guest data, booking records, rates and other data entered into or generated by the Service for the Customer ("Customer Data") belong to the Customer.
2. The Provider shall process Customer Data only to provide the Service to the Customer and in accordance with the Customer's documented instructions, and shall not use Customer Data in aggregated, anonymised or any other form for its own purposes.
3. The Service for the Customer is hosted in a data centre in the People's Republic of China operated by the hosting provider named in the Order Form annex; Customer Data shall not be transferred outside mainland China.
4. The Provider shall maintain appropriate technical and organisational security measures, including encryption in transit and at rest, role-based access control, logging of administrator access and daily backups kept for 30 days, and shall keep its information security management certified to ISO/IEC 27001.
5. The Provider shall notify the Customer within 24 hours after becoming aware of any breach of security affecting Customer Data, shall take all reasonable steps to contain it, and shall be liable for the losses and regulatory costs the Customer incurs as a result of a breach caused by the Provider.
6. On expiry or termination, the Provider shall make Customer Data available for export for 30 days and shall then delete it and confirm deletion in writing.

## B5. Intellectual Property

1. The Provider retains all rights in the Service and its underlying software.
2. Website and mini-program booking widgets, templates, package configurations and reports built specifically for the Customer under the Order Form belong to the Customer, which may use, modify and have them maintained by third parties.

## B6. Confidentiality

Each party shall keep confidential the other party's non-public business, technical and commercial information, including the terms of this Order Form, and shall use it only for the purposes of this agreement. This obligation survives for three years after the agreement ends.

## B7. Subcontracting

1. The hosting provider named in the Order Form annex is approved by the Customer on signature.
2. Any other subcontractor or sub-processor requires the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its subcontractors.

## B8. Liability

1. Neither party is liable for indirect or consequential loss, except for breach of B4 or B6.
2. The Provider's total liability arising out of or in connection with this agreement shall not exceed 150% of the total fees payable for the Initial Term.

## B9. Termination

1. Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
2. On termination by the Customer under B9.1, the Provider shall refund any fees paid for the period after termination.

## B10. Governing Law and Disputes

1. At the Customer's request, this agreement is governed by the laws of the People's Republic of China.
2. Disputes shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou in accordance with its rules. The award is final and binding.

## B10A. Support and Cooperation

1. The Customer shall appoint a project contact for onboarding and provide rate sheets, tent and lodge inventories, agency contracts and website access in good time. The Provider shall appoint an onboarding manager who speaks Chinese.
2. The Provider shall provide two training sessions on site in Dunhuang before the start of the summer season, one for front-desk staff and one for sales and agency staff, and shall make recorded training videos available in the Service.
3. The Provider shall announce new releases in the Service at least five days in advance, with release notes in Chinese and English.
4. The Customer remains responsible for its own merchant accounts with WeChat Pay and Alipay, for refunds to guests and for the invoices it issues to guests and agencies. The Provider shall not hold or collect guest payments on the Customer's behalf.
5. Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as sandstorms, natural disasters or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.

## B11. General

1. These General Terms apply only to the Order Form into which they are incorporated. In case of conflict, the Order Form prevails.
2. Notices shall be in writing and sent to the addresses in A1. This agreement is made in English.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03 Shaanxi kiwifruit orchard frost and canopy sensors, buyer's paper, Danish integrator -- docx, Section N / N.N
# compliant
# ----------------------------------------------------------------------------------------------------------------
H300E03 = """
T:SUPPLY AND INSTALLATION CONTRACT - ORCHARD FROST AND CANOPY MONITORING SYSTEM
P:Contract No. ZZMH-2025-SB-07
P:This Contract is entered into in Zhouzhi County, Xi'an, on 10 March 2025 by and between:
P:Buyer: Zhouzhi Minghe Kiwifruit Orchards Co., Ltd., a company established in the People's Republic of China, with its principal office in Zhouzhi County, Xi'an, Shaanxi Province ("Buyer"); and
P:Supplier: Femo AgriSense ApS, a company registered in Denmark, with its registered office on the island of Femo, Lolland Municipality, Denmark ("Supplier").
P:Whereas the Buyer cultivates about 380 hectares of kiwifruit in the northern foothills of the Qinling Mountains and suffers losses from spring frost and summer canopy heat; and whereas the Supplier designs and installs wireless sensor systems for orchards and vineyards; the parties agree as follows.
H:Section 1 Definitions
P:1.1 "System" means the frost sensor nodes, canopy microclimate stations, gateways, monitoring software and integration described in Section 2 and Schedule 1.
P:1.2 "Installation Certificate" means the certificate issued under Section 5.1 confirming that all equipment is installed and connected.
P:1.3 "Final Acceptance" means the Buyer's written acceptance of the System under Section 5.4.
P:1.4 "Buyer Data" means all measurements, alarms, orchard maps, block records and any other data collected or generated by the System.
H:Section 2 Scope
P:2.1 The Supplier shall supply, install, configure and commission: (a) 120 frost sensor nodes measuring air temperature at bud height and leaf wetness; (b) 24 canopy microclimate stations measuring temperature, humidity, solar radiation and wind; (c) 6 LoRaWAN gateways with solar power and 4G backhaul; and (d) a perpetual licence of the AgriSense monitoring software for unlimited users, installed on the Buyer's server.
P:2.2 The Supplier shall integrate the System with the control cabinets of the Buyer's 18 frost fans so that fans start automatically at set temperatures, and shall configure SMS and app alarms to the block managers.
P:2.3 The Supplier shall train the Buyer's technicians and block managers and deliver operating and maintenance manuals in Chinese.
H:Section 3 Contract Price
P:3.1 The Contract Price is CNY 833,000. At the Buyer's request all amounts are stated and paid in CNY. The price is fixed and includes duties, taxes, transport, installation and training. The breakdown is:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Frost sensor node|120 at 2,650|318,000
TB:2|Canopy microclimate station|24 at 8,900|213,600
TB:3|LoRaWAN gateway with solar kit|6 at 12,400|74,400
TB:4|Monitoring software, perpetual licence|1|96,000
TB:|Hardware and Licence Subtotal||702,000
TB:5|Installation and commissioning||84,000
TB:6|Frost fan integration and alarm configuration||38,000
TB:7|Training||9,000
TB:|Contract Price||833,000
H:Section 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 166,600) as an advance payment within 15 days after signature, against the Supplier's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 374,850) within 15 days after the Installation Certificate. The Installation Certificate confirms installation only and is not acceptance.
P:4.3 The Buyer shall pay the balance of 35% of the Contract Price (CNY 291,550) within 15 days after Final Acceptance.
H:Section 5 Delivery, Installation and Acceptance
P:5.1 The Supplier shall complete installation within 50 days after signature, so that the System is operating before the spring frost season. When all equipment is installed and connected, the parties shall sign the Installation Certificate.
P:5.2 After installation, the System shall run for a trial period of 21 days.
P:5.3 The acceptance criteria are: (a) each frost sensor reads within 0.3 degrees Celsius of a calibrated reference thermometer at three test points; (b) at least 98% of scheduled readings from all nodes reach the software during the trial period; (c) an alarm reaches the responsible block manager by SMS and app within 60 seconds after a threshold is crossed; (d) each frost fan starts automatically in a simulated frost test; and (e) all manuals and training have been delivered.
P:5.4 When all criteria are met, the Buyer shall issue a written Final Acceptance certificate. Installation, operation of the System or payment of any instalment does not constitute acceptance. If any criterion is not met, the Supplier shall remedy the defect within 10 days and the tests shall be repeated at the Supplier's cost.
H:Section 6 Warranty and Service Levels
P:6.1 The Supplier warrants the System against defects in design, materials and workmanship for thirty-six (36) months from Final Acceptance. During this period the Supplier shall repair or replace defective items and correct software defects free of charge, including batteries and solar panels.
P:6.2 Fault response: Severity 1 (frost alarms or automatic fan start not working, or more than ten nodes offline) - response within 1 hour, on-site attendance within 6 hours during the frost season from 1 March to 30 April; Severity 2 (single node or station fault) - response within 8 business hours, repair within 3 days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:Section 7 Support after the Warranty
P:7.1 After the warranty, the Supplier shall offer annual support at a fee of 7.5% of the Hardware and Licence Subtotal per year (CNY 52,650), fixed for the first three years after the warranty. Any later change requires written agreement and shall not exceed 5% per year.
P:7.2 Annual support is ordered by written order for each year and does not renew automatically.
H:Section 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only for installation, support and warranty work and shall not use it for any other purpose.
P:8.2 The monitoring software runs on the Buyer's server in Zhouzhi. Remote access is allowed only through the Buyer's VPN with individual accounts approved by the Buyer, and every session is logged. The gateways shall use encrypted communication. The Supplier shall not copy Buyer Data to systems outside the Buyer's control.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident that affects the System or Buyer Data, shall cooperate in its investigation and shall be liable for all losses caused by an incident attributable to the Supplier.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential any non-public information of the other party obtained under this Contract, including yields, orchard maps and prices, and shall not disclose it without prior written consent, during this Contract and for three years after it ends.
H:Section 10 Intellectual Property
P:10.1 The fan integration logic, alarm rules, configurations and documentation made for the Buyer belong to the Buyer, which may modify them and have them maintained by others. The AgriSense software remains the Supplier's property and is licensed to the Buyer perpetually under Section 2.1(d).
H:Section 11 Delay Damages and Liability
P:11.1 If the Supplier fails to complete installation on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and shall remain responsible for any subcontractor so approved.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an.
H:Section 14A Site Work and Cooperation
P:14A.1 The Buyer shall give the Supplier's installation team access to all orchard blocks, provide power at the frost fan cabinets and mark underground irrigation pipes before any trenching. The Buyer's orchard manager shall coordinate the work with spraying and pruning schedules.
P:14A.2 The Supplier's staff shall follow the Buyer's orchard hygiene rules, including disinfection of tools and footwear between blocks to prevent the spread of bacterial canker, and shall not damage vines, trellis wires or bird nets. The Supplier shall repair any damage it causes at its own cost.
P:14A.3 The Supplier shall deliver a site plan showing the position and identifier of every node, station and gateway, and shall label each device in Chinese and English.
P:14A.4 The Supplier shall keep a stock of spare nodes and batteries at the Buyer's orchard office during the warranty, so that failed devices can be replaced without waiting for shipment from Denmark.
P:14A.5 Neither party is liable for a delay caused by force majeure, including extreme weather that makes work in the orchard unsafe, provided that it notifies the other party promptly; the affected dates shall be extended accordingly.
H:Section 15 Miscellaneous
P:15.1 Schedule 1 (Technical Specification) and Schedule 2 (Site Plan) form part of this Contract. This Contract is made in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04 Yiwu trading company managed database administration, Norwegian provider -- md, numbered clauses, Schedules
# single low finding: GOVERNING-LAW (Norwegian law, Oslo courts)
# ----------------------------------------------------------------------------------------------------------------
H300E04 = """# MANAGED DATABASE ADMINISTRATION SERVICES AGREEMENT

Agreement reference: FRY-YW-2025-02

This Agreement is dated 16 June 2025 and is made between:

1. **Yiwu Hengchang International Trading Co., Ltd.**, a company established under the laws of the People's Republic of China, of Futian Street, Yiwu, Zhejiang Province ("Customer"); and
2. **Froya DataCare AS**, a company registered in Norway, with its registered office at Sistranda, Froya Municipality, Trondelag, Norway ("Provider").

## Background

(A) Customer runs its order management, warehouse and export documentation systems on MySQL and PostgreSQL databases hosted in its own server room in Yiwu and at a cloud provider in Hangzhou.

(B) Provider offers remote database administration from its operations centre, with a support team working in Beijing time.

(C) Customer wishes to appoint Provider to administer these databases on the terms below. At Customer's request, all charges are stated and paid in Chinese Yuan (CNY).

## 1. Definitions

1.1 "Databases" means the database instances listed in Schedule 1, as updated by agreement.

1.2 "Services" means the transition services and the ongoing database administration services described in clause 2 and Schedule 1.

1.3 "Customer Data" means all data stored in the Databases, all logs, backups and configuration information, and any other data of Customer that Provider obtains in performing the Services.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under clause 4.3.

## 2. Services

2.1 Provider shall provide: monitoring of the Databases around the clock; incident handling; backup management and monthly restore tests; patching and minor version upgrades; performance tuning; capacity reports; user and privilege administration on Customer's instructions; and a monthly service report.

2.2 Provider shall provide the Services remotely through the access path described in clause 7. On-site work in Yiwu is provided on request at the day rate in Schedule 2 and is not part of the Total Charges.

## 3. Term

3.1 The Services run for an Initial Term of twenty-four (24) months from the Service Commencement Date.

3.2 This Agreement does not renew automatically. Any extension requires a written agreement signed by both parties, including the charges for the extension period.

## 4. Transition and Acceptance

4.1 Provider shall complete transition within 30 days after the date of this Agreement. Transition includes documentation of all Databases, set-up of monitoring, verification of backups and a baseline performance report.

4.2 Transition acceptance criteria: (a) monitoring covers every instance in Schedule 1 and raises test alerts correctly; (b) a full restore of each production database is carried out successfully in the test environment; (c) the baseline report and runbooks are delivered and reviewed by Customer; and (d) Provider's staff can reach all Databases through the approved access path only.

4.3 When the criteria are met, Customer shall sign a Transition Acceptance certificate. Monitoring activity before that date does not constitute acceptance.

4.4 If transition is not completed within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Charges for the Initial Term are CNY 1,078,000, consisting of the monthly service charge of CNY 42,500 for 24 months (CNY 1,020,000) and the one-time transition charge of CNY 58,000.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days. No charges are payable in advance.

5.3 Charges are fixed for the Initial Term.

## 6. Service Levels

6.1 Provider shall meet the service levels in Schedule 2, including the response and restoration times per priority.

6.2 Availability of each production database, measured monthly and excluding agreed maintenance windows, shall be at least 99.95%, to the extent that an outage is caused by a database fault within Provider's responsibility.

6.3 If Provider misses a service level, Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice. Credits do not limit Customer's other rights.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and on Customer's documented instructions, and shall not use it for any other purpose, including in anonymised or aggregated form.

7.2 Provider shall access the Databases only through Customer's bastion host in Yiwu, using named accounts with multi-factor authentication. All sessions are recorded. Provider shall not copy Customer Data or backups to any system outside Customer's environment, and Customer Data shall remain in mainland China.

7.3 Provider shall maintain an information security management system certified to ISO/IEC 27001 and shall screen and train all staff who access the Databases.

7.4 Provider shall notify Customer within 2 hours after becoming aware of any security incident affecting Customer Data, shall assist Customer in containing it and in meeting its legal obligations, and shall be liable for all losses caused by incidents attributable to Provider.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information disclosed by the other party, including customer lists, prices and supplier data, and shall not disclose it to third parties without the other party's prior written consent. This obligation survives termination for three years.

## 9. Intellectual Property

9.1 Scripts, runbooks, reports and configurations prepared by Provider specifically for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to a successor provider. Provider keeps the rights in its general tools and know-how.

## 10. Subcontracting

10.1 Provider shall not subcontract the Services or any part of them without Customer's prior written consent.

## 11. Liability

11.1 Provider's total liability under this Agreement shall not exceed 150% of the Total Charges, except for breach of clauses 7 and 8, wilful misconduct and gross negligence, which are not limited.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 20 days after notice, or if Provider misses the Priority 1 response time three times in any quarter.

12.2 On expiry or termination, Provider shall hand over all runbooks and access credentials, cooperate with any successor for up to 30 days, and delete any Customer Data in its possession.

## 12A. Governance and Cooperation

12A.1 Each party shall appoint a service manager. The service managers shall meet by video conference every month to review the service report, open incidents, changes and capacity, and shall meet in person at least twice during the Initial Term.

12A.2 Customer shall inform Provider in advance of planned application releases, promotions and trade-fair peaks in Yiwu that may increase database load, and Provider shall advise on capacity and tuning before each peak.

12A.3 Changes to the Databases shall follow Customer's change procedure. Provider shall not make a change in production without an approved change ticket, except to restore service in a Priority 1 incident, which shall be reported to Customer immediately afterwards.

12A.4 Provider shall keep the runbooks up to date and shall carry out a documented disaster recovery exercise for the order management database twice during the Initial Term, with Customer's application team.

12A.5 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.

## 13. Governing Law and Jurisdiction

13.1 This Agreement is governed by the laws of Norway.

13.2 The Oslo District Court (Oslo tingrett) has exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties about its subject matter. Changes must be in writing and signed by both parties.

14.2 Notices shall be sent by e-mail and courier to the addresses above.

## Schedule 1 - Databases

Production: 6 MySQL instances (order management, export documents, e-commerce store), 3 PostgreSQL instances (warehouse management). Test and development: 5 instances. Total data volume about 7.8 TB.

## Schedule 2 - Priorities, Service Levels and Credits

| Priority | Description | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | production database down or data corruption | 15 minutes | 2 hours | 5% of the monthly service charge per missed target |
| P2 | severe performance degradation or failed backup | 30 minutes | 8 hours | 2% of the monthly service charge |
| P3 | non-urgent problem or request | 8 business hours | 5 business days | none |

Availability credit: 5% of the monthly service charge for each 0.02 percentage point (or part) below the availability commitment, up to a quarter of the monthly service charge. On-site day rate: CNY 6,800 per engineer day.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Transition Acceptance | 58,000 |
| Monthly service charge | CNY 42,500 x 24 months | 1,020,000 |
| **Total Charges** | | **1,078,000** |

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e05 Shenzhen payment firm's merchant-registration lookup API subscription, Croatian vendor -- txt, upper-case
# headings, a Schedule. risky: DATA-SECURITY (ownership / use sentence only), LD-MISSING, SLA-NO-REMEDY
# ----------------------------------------------------------------------------------------------------------------
H300E05 = """API SUBSCRIPTION AGREEMENT
MERCHANT REGISTRATION LOOKUP SERVICE

Agreement No. KKN-API-2025-0098
Date: 8 July 2025

BETWEEN

Shenzhen Qianhai Tongfu Payment Technology Co., Ltd., a company established in the People's Republic of China, with its registered office in Qianhai, Shenzhen, Guangdong Province ("Customer");

AND

Kakan Registry Data d.o.o., a company registered in Croatia, with its registered seat on Otok Kakan, Sibenik-Knin County, Croatia ("Vendor").

RECITALS

The Customer is a licensed non-bank payment institution that onboards merchants for card and QR-code acquiring. To meet its know-your-merchant duties, it needs to check merchant registration details (company name, unified social credit code, legal representative, registered capital, business scope and registration status) against registry sources at the time of onboarding and periodically afterwards.

The Vendor operates an application programming interface (the "API") that returns structured merchant registration records compiled from lawfully obtained registry sources. The Customer wishes to subscribe to the API on the terms below. At the Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Subscription Year" means each consecutive period of that name beginning on the Service Start Date or its anniversary.
1.2 "Service Start Date" means the date on which the Customer confirms API Acceptance under clause 4.
1.3 "Query" means one API request for one merchant identifier, whether or not a record is returned.
1.4 "Query Data" means the identifiers and other data that the Customer submits in Queries, together with the results returned to the Customer and the logs of the Customer's Queries.

2. SERVICE

2.1 The Vendor grants the Customer, from the Service Start Date and for the Term, a non-exclusive, non-transferable right to access the API and to use the results for its own merchant onboarding, monitoring and compliance purposes, including disclosure to regulators and auditors.
2.2 The subscription includes up to 1,500,000 Queries per Subscription Year, a test environment, technical documentation and the support described in the Schedule.
2.3 The Vendor shall notify the Customer at least 30 days in advance of any change to the API that is not backward compatible, and shall maintain the previous version for at least 90 days after such change.

3. TERM

3.1 The Term is three Subscription Years from the Service Start Date.
3.2 The Agreement does not renew automatically. Any renewal requires a written agreement in which the fees for the renewal period are agreed by both parties.

4. INTEGRATION AND API ACCEPTANCE

4.1 The Vendor shall provide test credentials within 5 days after signature and shall support the Customer's integration, including a field mapping of the API output to the Customer's merchant management system (the "Field Mapping").
4.2 API Acceptance tests: (a) 2,000 sample merchant identifiers chosen by the Customer are queried, and at least 99% of the records returned match the reference registry extracts supplied by the Customer; (b) the median response time over the sample is no more than 800 milliseconds; (c) error codes and rate limits behave as documented; and (d) the Field Mapping loads the returned records into the Customer's system without manual correction.
4.3 When the tests are passed, the Customer shall confirm API Acceptance in writing. Use of the test environment, or of the production API before that confirmation, does not constitute acceptance.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 264,000 per Subscription Year. For the three Subscription Years of the Term the subscription fees total CNY 792,000.
5.2 A one-time setup fee of CNY 18,000 covers production credentials, the Field Mapping and integration support.
5.3 The total contract value is therefore CNY 810,000.
5.4 Queries above the annual volume in clause 2.2 are charged at CNY 0.20 per Query, invoiced quarterly. Overage charges are not part of the total contract value.
5.5 The setup fee is invoiced after API Acceptance. Subscription fees are invoiced quarterly in arrears. Invoices are payable within 30 days. No amount is payable in advance.

6. SERVICE LEVELS

6.1 The Vendor shall meet the service levels in the Schedule.
6.2 The service levels describe the standard of service that the Customer can expect. No service credits, fee reductions, refunds or other compensation apply if a service level is not met.

7. QUERY DATA

7.1 Query Data belongs to the Customer.
7.2 The Vendor shall use Query Data only to process the Customer's Queries and to invoice the Customer, and shall not sell it, disclose it to other customers or use it to build or enrich its own databases.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party that it receives in connection with this Agreement, including the terms of this Agreement and the Customer's merchant lists, and shall not disclose such information to any third party without the other party's prior written consent, except to its professional advisers, auditors and regulators.
8.2 This clause survives termination of this Agreement for three years.

9. INTELLECTUAL PROPERTY

9.1 The API, the Vendor's databases and documentation remain the property of the Vendor.
9.2 The Field Mapping and any other deliverable made specifically for the Customer belongs to the Customer, which may use, modify and license it without restriction.

10. WARRANTIES

10.1 The Vendor warrants that it has the right to provide the API and the results to the Customer for the purposes in clause 2.1, and that the registry sources it uses were obtained lawfully.
10.2 The Vendor shall correct any record that the Customer reports as inaccurate within 3 business days after the report, if the registry source confirms the inaccuracy.

11. LIABILITY

11.1 The Vendor's total liability under this Agreement shall not exceed twice the total contract value.
11.2 Neither party is liable for indirect or consequential loss, except for breach of clause 8.

12. SUBCONTRACTING

12.1 The Vendor shall not subcontract the provision of the API or any part of it without the Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
13.2 The Customer may terminate this Agreement by written notice if a regulator instructs it to stop using the API.
13.3 On termination, the Vendor shall refund any fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

14A. SUPPORT, CHANGES AND COOPERATION

14A.1 Each party shall appoint a technical contact and a commercial contact. The Vendor's technical contact shall be reachable during Beijing business hours and shall coordinate the handling of incidents reported by the Customer.
14A.2 The Customer shall use the API in accordance with the documentation, shall keep its credentials secret and shall not exceed the rate limits stated in the documentation without prior agreement.
14A.3 Each party shall comply with the laws that apply to it in connection with this Agreement, including anti-money-laundering, sanctions and export control laws. The Vendor shall provide the information reasonably requested by the Customer's regulators about the API and its registry sources.
14A.4 Neither party is liable for a failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.
14A.5 The Vendor shall inform the Customer without delay if a registry source becomes unavailable or its terms of use change in a way that affects the results, and shall propose a replacement source where one is available.
14A.6 The Vendor shall provide, on request and no more than twice in each Subscription Year, a description of its registry sources, update frequencies and data quality controls, so that the Customer can document its know-your-merchant procedures.

14B. NOTICES

14B.1 Notices under this Agreement shall be in writing in English or Chinese and delivered by courier or e-mail to the contacts named by each party. A notice by e-mail is received when it enters the recipient's mail system during business hours, or otherwise on the next business day.
14B.2 Support incidents are reported through the ticket portal or the telephone hotline described in the Schedule, not by formal notice.

15. GENERAL

15.1 This Agreement, with its Schedule, is the entire agreement between the parties about its subject matter and may be changed only in writing signed by both parties.
15.2 Notices shall be in writing and sent to the addresses above, with a copy by e-mail.

SCHEDULE - SERVICE LEVELS AND SUPPORT

A. Availability: the production API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least 3 days in advance and carried out between 01:00 and 05:00 Beijing time.

B. Priorities and response times:
P1 - production API unavailable or returning errors for more than a tenth of Queries: response within 1 hour, around the clock.
P2 - degraded performance or incorrect results for a group of records: response within 8 business hours.
P3 - questions and minor issues: response within 2 business days.

C. Support channels: e-mail and a telephone hotline staffed in Chinese and English.

D. Reporting: the Vendor shall publish monthly availability figures on the customer portal.

SIGNATURES

For the Customer: ____________________    Name and title: ____________________
For the Vendor: ____________________    Name and title: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# Files and labels
# ----------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, language, format, source)
    "h300z01": ("h300z01_county_animal_disease_traceability_platform.pdf", "zh", "pdf", H300Z01),
    "h300z02": ("h300z02_brewery_filling_line_control_retrofit.docx", "zh", "docx", H300Z02),
    "h300z03": ("h300z03_driving_school_training_saas.txt", "zh", "txt", H300Z03),
    "h300z04": ("h300z04_public_resource_trading_system_om.txt", "zh", "txt", H300Z04),
    "h300z05": ("h300z05_hotpot_base_erp_supplier_template.md", "zh", "md", H300Z05),
    "h300e01": ("h300e01_kite_pattern_cad_perpetual_licences.pdf", "en", "pdf", H300E01),
    "h300e02": ("h300e02_desert_camp_booking_saas_order_form.md", "en", "md", H300E02),
    "h300e03": ("h300e03_kiwifruit_frost_canopy_sensors.docx", "en", "docx", H300E03),
    "h300e04": ("h300e04_managed_database_administration.md", "en", "md", H300E04),
    "h300e05": ("h300e05_merchant_registry_lookup_api.txt", "en", "txt", H300E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# compact per-contract facts; derived numbers computed here from the amounts in the texts
def L(cat, value, *, avail=None, p1, remedy, ip="buyer", dsec=True, owns=True, conf=True, ld, cap=None, pre=None,
      acc=True, final=None, warranty=None, pwfee=None, pwcap=None, auto=False, term=True, sub=False, law="PRC",
      kind, sla=True, deemed=False, tco=None):
    terms = dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, warranty, pwfee,
                                 auto, term, sub, law, kind]))
    extra = {"sla_clause": sla, "ld_stated": ld is not None}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = pwcap
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"category": cat, "expected_terms": terms, "expected_extra": extra, "tco": tco}


PRICES = {  # itemised sums asserted below
    "h300z01": ([860000, 724000, 168000, 96000, 32000], 1880000, [376000, 846000, 658000]),
    "h300z02": ([642000, 318000, 96000, 154000, 58000, 236000, 118000, 18000], 1640000, [328000, 574000, 738000]),
    "h300z03": ([25 * 14800 * 3, 186000], 1296000, None),
    "h300z04": ([468000, 96000, 78000, 54000], 696000, [174000] * 4),
    "h300z05": ([1160000, 520000, 126000, 24000], 1830000, [1006500, 823500]),
    "h300e01": ([6 * 68500, 54000, 46000, 38000], 549000, [109800, 247050, 192150]),
    "h300e02": ([186000 * 2, 34000], 406000, None),
    "h300e03": ([120 * 2650, 24 * 8900, 6 * 12400, 96000, 84000, 38000, 9000], 833000, [166600, 374850, 291550]),
    "h300e04": ([42500 * 24, 58000], 1078000, None),
    "h300e05": ([264000 * 3, 18000], 810000, None),
}
BASE = {"h300z01": 860000, "h300z02": 1268000, "h300z05": 1160000, "h300e01": 465000, "h300e03": 702000}
assert sum([642000, 318000, 96000, 154000, 58000]) == 1268000 and 6 * 68500 + 54000 == 465000
assert 120 * 2650 + 24 * 8900 + 6 * 12400 + 96000 == 702000


def tco(value, warranty_months, fee, horizon=5):
    post_years = max(0.0, horizon - warranty_months / 12)
    fees = post_years * fee
    total = value + fees
    return {"post_warranty_years": post_years, "annual_fee": fee, "post_warranty_fees": fees, "tco": total,
            "service_share_pct": fees / total * 100}


LABELS = {
    "h300z01": L("software", 1880000, avail=99.95, p1=0.5, remedy=True, ld=0.1, pre=round(376000 / 1880000 * 100, 6),
                 final=True, warranty=36, pwfee=8, pwcap=True, kind="goods_or_licence",
                 tco=tco(1880000, 36, 0.08 * 860000)),
    "h300z02": L("hardware", 1640000, p1=0.5, remedy=True, ld=0.08, pre=round(328000 / 1640000 * 100, 6), final=True,
                 warranty=24, pwfee=9, pwcap=True, term=False, sub=True, kind="goods_or_licence",
                 tco=tco(1640000, 24, 114120)),
    "h300z03": L("cloud", 1296000, avail=99.5, p1=0.5, remedy=True, ld=800 / 1296000 * 100, cap=200, auto=True,
                 kind="service"),
    "h300z04": L("services", 696000, avail=99.95, p1=0.25, remedy=True, conf=False, ld=1000 / 696000 * 100,
                 cap=50, kind="service"),
    "h300z05": L("software", 1830000, p1=8, remedy=False, ip="supplier", owns=False, ld=0.02, cap=20,
                 pre=round(1006500 / 1830000 * 100, 6), acc=False, final=False, warranty=6, pwfee=28, pwcap=True, sub=None,
                 kind="goods_or_licence", deemed=True, tco=tco(1830000, 6, 324800)),
    "h300e01": L("software", 549000, p1=2, remedy=True, ld=0.1, cap=150, pre=round(109800 / 549000 * 100, 6), final=True,
                 warranty=3, pwfee=None, pwcap=False, law="Greece", kind="goods_or_licence"),
    "h300e02": L("cloud", 406000, p1=None, remedy=False, ld=500 / 406000 * 100, cap=150, auto=True,
                 kind="service", sla=False),
    "h300e03": L("hardware", 833000, p1=1, remedy=True, ld=0.1, cap=200, pre=round(166600 / 833000 * 100, 6), final=True,
                 warranty=36, pwfee=7.5, pwcap=True, kind="goods_or_licence", tco=tco(833000, 36, 52650)),
    "h300e04": L("services", 1078000, avail=99.95, p1=0.25, remedy=True, ld=900 / 1078000 * 100, cap=150,
                 law="Norway", kind="service"),
    "h300e05": L("services", 810000, avail=99.95, p1=1, remedy=False, dsec=False, ld=None, cap=200, kind="service"),
}

EXPECTED = {  # written by hand from policy.md; checked against the rule reading below
    "h300z01": [],
    "h300z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "h300z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h300z04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "h300z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h300e01": ["CR-GOVERNING-LAW", "CR-POST-WARRANTY-FEE", "CR-WARRANTY"],
    "h300e02": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h300e03": [],
    "h300e04": ["CR-GOVERNING-LAW"],
    "h300e05": ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
FOREIGN = {"Greece", "Norway"}  # laws / forums outside mainland China chosen in this set
FOREIGN_FORUM = {"h300e01", "h300e04"}


def rules_for(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if lab["tco"] and lab["tco"]["service_share_pct"] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] in FOREIGN or key in FOREIGN_FORUM:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ----------------------------------------------------------------------------------------------------------------
# Threshold figures: regexes, self-test, derived values off every threshold
# ----------------------------------------------------------------------------------------------------------------
PC = r"\s*(?:%|％|per\s*cent|percent)"
FORBIDDEN = {
    "availability 99.9": r"(?<![\d.])99\.9(?!\d)|百分之九十九点九(?![一二三四五六七八九〇零])",
    "P1 4 hours": r"(?<![\d.])4\s*(?:-\s*)?(?:小时|个小时|h\b|hrs?\b|hours?\b|business\s*hours?)|(?<![十\d])四(?:个)?小时"
                  r"|(?<![\w-])four\s*(?:-\s*)?(?:business\s*)?hours?|(?<![\d.])240\s*(?:分钟|minutes?)",
    "LD 0.05 %/day": r"(?<![\d.])0\.05(?!\d)" + PC + r"|万分之五(?![十百千])|(?<![\d.])0\.0005(?!\d)",
    "cap 100 %": r"(?<![\d.,])100" + PC + r"|百分之百|one\s*hundred\s*per\s*cent",
    "prepayment 30 %": r"(?<![\d.])30" + PC + r"|百分之三十(?![一二三四五六七八九])|三成|thirty\s*(?:per\s*cent|percent)",
    "TCO 40 %": r"(?<![\d.])40" + PC + r"|百分之四十(?![一二三四五六七八九])|四成|forty\s*(?:per\s*cent|percent)",
    "post-warranty 15 %": r"(?<![\d.])15" + PC + r"|百分之十五(?![点.])|fifteen\s*(?:per\s*cent|percent)",
    "warranty 12 months": r"(?<![\d.])12\s*(?:-\s*)?(?:个月|months?\b|month\b)|(?<![一二三四五六七八九十百])十二个月|(?<![十\d〇零一二三四五六七八九])一年"
                          r"|(?<![\w-])(?:one|1)\s*(?:-\s*)?years?\b|twelve\s*(?:-\s*)?months?|壹年",
    "horizon 5 years": r"(?<![\d.])5\s*(?:-\s*)?(?:年|years?\b)|(?<![十\d〇零一二三四五六七八九])五年|(?<![\w-])five\s*(?:-\s*)?years?\b"
                       r"|(?<![\d.])60\s*(?:-\s*)?(?:个月|months?\b)|六十个月|sixty\s*(?:-\s*)?months?",
}
FORBIDDEN_RE = {k: re.compile(v, re.I) for k, v in FORBIDDEN.items()}
MUST_HIT = ["可用率99.9%", "99.9 %", "4小时内响应", "四小时", "4 hours", "four hours", "4-hour", "240分钟",
            "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "40%", "百分之四十", "15%",
            "百分之十五", "12个月", "十二个月", "一年", "one year", "12 months", "twelve months", "12-month",
            "5年", "五年", "5 years", "five years", "60个月", "60 months", "15 per cent", "30 percent"]
MUST_NOT_HIT = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "14 hours", "24 hours",
                "99.5%", "2.4 hours", "0.055%", "万分之五十", "1,000%", "130%", "0.30%", "3,000", "12月",
                "二十五年", "2025 years", "1.5 years", "36 months", "160 months", "fivefold",
                "每一个服务年度", "一个服务年度", "15日", "30日", "40台", "0.02 percentage point"]


def self_test():
    for s in MUST_HIT:
        assert any(r.search(s) for r in FORBIDDEN_RE.values()), ("must hit", s)
    for s in MUST_NOT_HIT:
        hits = [k for k, r in FORBIDDEN_RE.items() if r.search(s)]
        assert not hits, ("must not hit", s, hits)


def scan(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for k, r in FORBIDDEN_RE.items():
            for m in r.finditer(variant):
                found.append((k, variant[max(0, m.start() - 15):m.end() + 15]))
    return found


def off_thresholds(key, lab):
    t = lab["expected_terms"]
    bad = []
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
              ("post_warranty_fee_pct", 15)]
    for f, th in checks:
        v = t[f]
        if v is not None and abs(v - th) < 1e-6:
            bad.append(f)
    if lab["tco"] and abs(lab["tco"]["service_share_pct"] - 40) < 1e-6:
        bad.append("tco")
    assert not bad, (key, bad)


# ----------------------------------------------------------------------------------------------------------------
# Build, read back, check
# ----------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (name, lang, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    for key, (items, total, pays) in PRICES.items():
        assert sum(items) == total, key
        assert LABELS[key]["expected_extra"]["contract_value"] == total, key
        if pays:
            assert sum(pays) == total, key
    covered, problems = set(), []
    for key, (name, lang, fmt, src) in FILES.items():
        lab = LABELS[key]
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (key, n, lo, hi))
        for k, ctx in scan(text) + scan(src):
            problems.append("%s threshold figure %s: %r" % (key, k, ctx))
        off_thresholds(key, lab)
        derived = rules_for(key, lab)
        if derived != sorted(EXPECTED[key]):
            problems.append("%s rules %s != expected %s" % (key, derived, EXPECTED[key]))
        covered |= set(EXPECTED[key])
        label = {"file": name, "language": lang, "category": lab["category"],
                 "expected_terms": lab["expected_terms"], "expected_extra": lab["expected_extra"],
                 "expected_rules": sorted(EXPECTED[key])}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        t = lab["tco"]
        print("%-8s %-5s %5d %-6s %s %s%s" % (key, fmt, n, risk(EXPECTED[key]), ", ".join(sorted(EXPECTED[key]))
                                               or "(none)", "" if not t else "TCO %.0f share %.2f%% " % (
                                                   t["tco"], t["service_share_pct"]), ""))
    missing = set(SEVERITY) - covered
    if missing:
        problems.append("rules never expected: %s" % sorted(missing))
    counts = sorted(len(v) for v in EXPECTED.values())
    mix = [sum(1 for v in EXPECTED.values() if not v),
           sum(1 for v in EXPECTED.values() if len(v) == 1 and SEVERITY[v[0]] == "low"),
           sum(1 for v in EXPECTED.values() if 2 <= len(v) <= 3), sum(1 for v in EXPECTED.values() if len(v) >= 8)]
    if mix != [2, 1, 6, 1]:
        problems.append("mix %s" % mix)
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed; every one of the %d CR rules is expected at least once" % len(SEVERITY))


if __name__ == "__main__":
    main()
