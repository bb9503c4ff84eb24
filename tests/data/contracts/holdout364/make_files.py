import sys; sys.dont_write_bytecode = True  # noqa: E702  (no __pycache__ here or in ../)
"""holdout364: ten ordinary draft contracts (5 zh, 5 en), written blind, and their labels.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts and their .json labels into this folder only, reads every built file back, and asserts
the text lengths, the absence of every policy threshold figure, the derived labels and the rule coverage.
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ----------------------------------------------------------------------------------------------------------------
# z01  市场监管局 特种设备安全监管平台 (政府采购 公开招标, buyer's paper)  .pdf  第X条 + 1.1
# ----------------------------------------------------------------------------------------------------------------
Z01 = """
T:云州市特种设备安全监管平台建设项目政府采购合同
P:合同编号：YZSJ-ZFCG-2025-0147
P:采购方式：公开招标（招标编号：YZCG2025-0362）
P:甲方（采购人）：云州市市场监督管理局
P:住所：云州市建设南路88号
P:乙方（中标供应商）：杭州衡鉴数智科技有限公司
P:住所：杭州市滨江区江虹路611号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方就云州市特种设备安全监管平台建设事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设特种设备安全监管平台，覆盖电梯、锅炉、压力容器、压力管道、起重机械和场（厂）内专用机动车辆的使用登记、定期检验、隐患排查、执法检查及应急处置业务。
P:1.2 项目内容包括：平台软件许可、定制开发（监管驾驶舱、96333电梯应急处置接口、检验检测机构数据对接、企业自查小程序）、历史数据迁移、部署实施及培训。
P:1.3 平台部署于云州市政务云，由甲方提供云资源，乙方负责安装、配置和调优。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零捌万元整（¥2,080,000），分项如下：
P:（1）平台软件许可费 ¥1,186,000（永久许可，不限用户数和设备数）；
P:（2）定制开发费 ¥642,000；
P:（3）历史数据迁移费 ¥158,000；
P:（4）部署实施及培训费 ¥94,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方安全测评配合等全部费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方凭乙方开具的合规发票支付合同总价的20%，即¥416,000。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即¥936,000。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%，即¥728,000。
P:3.4 甲方按财政国库集中支付程序付款，乙方应配合提供付款所需资料。
H:第四条 实施进度与人员
P:4.1 乙方应在合同签订后150日内完成部署并提请初验，具体里程碑以双方确认的实施计划为准。
P:4.2 乙方项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换；驻场人员不少于4人，至初验合格为止。
P:4.3 乙方应每周向甲方提交项目周报，说明进度、问题和风险；进度滞后超过10日的，乙方应提交书面整改措施并增派人员。
H:第五条 培训与资料交付
P:5.1 乙方应分别为甲方监管人员、系统管理员和检验机构操作人员组织培训，总计不少于6期，并提供操作手册和培训视频。
P:5.2 终验前乙方应移交需求规格说明书、设计文档、部署文档、接口文档、测试报告和运维手册，资料不全的不予终验。
H:第六条 验收
P:6.1 初验标准：全部功能按招标文件功能需求清单逐项测试通过；500个并发用户条件下常用页面响应时间不超过3秒；迁移数据按不低于5%的比例抽查，与原系统记录一致；第三方安全测评未发现高危漏洞。
P:6.2 初验合格后进入试运行，试运行期60日。试运行期内未发生一级故障、各接口数据传输正常的，乙方可书面申请终验。
P:6.3 终验由甲方组织，可邀请专家参加，依据本合同、招标文件及投标文件逐项核验，并出具书面终验报告。
P:6.4 平台上线运行、甲方实际使用或支付任何款项，均不视为验收合格。
H:第七条 质量保证与运维服务
P:7.1 免费质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、安全补丁、版本升级和技术支持。
P:7.2 质保期满后，甲方如委托乙方继续运维，年度运维费不超过平台软件许可费的10%（即每年不超过¥118,600），且质保期满后三个运维年度内不上调。运维合同须另行签订，不自动续期。
P:7.3 服务水平：质保期内平台月可用率不低于99.95%；一级故障（平台整体不可用或应急处置接口中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.4 乙方未达到上述服务水平的，一级故障响应或恢复每超时1小时扣减¥1,000；月可用率每低于承诺值0.01个百分点扣减¥1,500，从履约保证金中扣除，不足部分乙方另行支付。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发形成的源代码、接口程序、数据库设计及技术文档的知识产权归甲方所有，乙方应在终验时一并移交，甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台中的特种设备登记、检验、隐患、执法及企业信息等数据归甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施；运维访问须经甲方审批并通过堡垒机进行，全程留痕；未经甲方书面同意，不得复制、导出或带离任何数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、监管信息和企业商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因本合同终止而解除。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十一条 履约保证金
P:11.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥104,000），终验合格后无息退还。
H:第十二条 违约责任
P:12.1 乙方逾期提请初验或逾期通过终验的，每逾期一日按合同总价的万分之八支付违约金，违约金累计不超过合同总价的10%。
P:12.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或违反第九条造成的损失不受此限。
H:第十三条 分包与转让
P:13.1 本项目不允许分包，乙方不得将本合同的全部或部分义务转让给第三方。
H:第十四条 合同解除
P:14.1 乙方逾期超过60日，或有其他根本违约行为且在甲方书面通知后15日内未改正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:第十六条 适用法律与争议解决
P:16.1 本合同适用中华人民共和国法律。
P:16.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书及双方确认的实施计划为本合同组成部分。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：云州市市场监督管理局    乙方（盖章）：杭州衡鉴数智科技有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02  啤酒厂 糖化车间控制系统改造 + 质保期后维保  .docx  一、/（一）  Word price table
# ----------------------------------------------------------------------------------------------------------------
Z02 = """
T:糖化车间控制系统改造项目合同
P:合同编号：WHPJ-SB-2025-031
P:甲方：潍河啤酒股份有限公司
P:地址：山东省潍坊市寒亭区啤酒大道9号
P:乙方：济南中控聚元自动化工程有限公司
P:地址：济南市高新区舜华路2000号
P:甲方糖化车间现有控制系统已运行多年，备件停产、配方管理依靠人工记录。为提高糖化工艺稳定性和批次追溯能力，甲方决定对糖化车间控制系统进行改造。双方经平等协商，订立本合同。
H:一、项目范围
P:（一）乙方负责糖化车间控制系统的设计、供货、安装、编程组态、调试、培训及质保期服务，覆盖糊化锅、糖化锅、过滤槽、煮沸锅、回旋沉淀槽及麦汁冷却工段。
P:（二）乙方应采用批次控制方式实现配方下载、工艺步骤自动执行、批次记录自动生成，并与甲方现有能源计量系统对接。
P:（三）改造须利用甲方计划停产检修窗口实施，切换停产时间不得超过10日。
P:（四）主要技术要求：控制器采用冗余CPU和冗余电源，单个控制器故障时自动切换且不中断生产；操作站画面刷新周期不超过1秒；批次记录保存不少于三年并可按批号检索；系统时钟与甲方时钟服务器同步。
P:（五）乙方应在设计联络会后20日内提交详细设计方案，经甲方书面确认后方可采购和编程。
H:二、合同价格
P:（一）本合同总价为人民币壹佰陆拾万元整（¥1,600,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC主控柜（冗余CPU）|2套|186,000|372,000
TB:2|远程I/O站|9套|42,500|382,500
TB:3|操作员站及工程师站|4台|23,800|95,200
TB:4|工业以太网交换机|6台|9,600|57,600
TB:5|批次管理及监控软件许可|1套|268,000|268,000
TB:|软硬件小计|||1,175,300
TB:6|工艺组态与编程|1项|236,000|236,000
TB:7|仪表阀门接线及调试|1项|148,700|148,700
TB:8|切换期现场保障及培训|1项|40,000|40,000
TB:|合计|||1,600,000
P:（二）上述价格含税，包括运输、保险、安装辅材、调试及差旅费用。
H:三、付款方式
P:（一）合同生效后10日内，甲方支付合同总价的10%（¥160,000）作为预付款。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%（¥560,000）。到货签收仅确认数量和外观，不代表质量验收。
P:（三）项目终验合格后，甲方支付合同总价的50%（¥800,000）。
P:（四）剩余5%（¥80,000）作为质量保证金，质保期满且无未决质量问题后15日内无息支付。
H:四、交货与工期
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方现场，在停产检修窗口内完成切换，并在切换完成后30日内具备终验条件。
P:（二）设备到货时应附合格证、装箱单和原厂质量证明文件。
P:（三）乙方现场人员应遵守甲方安全生产、食品卫生和动火作业管理规定，进入生产区域须穿戴洁净工装；因乙方人员违规造成的安全事故，由乙方承担责任。
P:（四）乙方应为甲方操作工、工艺员和设备维护人员分别提供培训，培训合格后方可独立操作。
H:五、验收
P:（一）终验标准：连续3个批次糖化过程按配方自动执行，温度控制偏差不超过±0.5℃；配方下载与批次记录完整准确；全部联锁及紧急停车功能测试通过；系统连续运行72小时无故障；与能源计量系统数据核对一致。
P:（二）终验由甲方生产、设备和质量部门共同进行，双方签署书面验收报告。终验不合格的，乙方应在15日内整改并重新提请终验，由此产生的费用由乙方承担。
P:（三）终验前乙方应提交调试记录、联锁测试记录、回路测试记录及最终版组态备份，资料经甲方设备部审核确认。
P:（四）切换完成后至终验前，乙方应安排不少于2名工程师驻厂，配合甲方完成至少10个批次的正常生产。
P:（五）设备投入生产使用，不视为验收合格。
H:六、质量保证与维保服务
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内非人为损坏的硬件免费更换，软件缺陷免费修复。
P:（二）质保期内发生一级故障（导致糖化停锅或影响在制批次）的，乙方应在30分钟内远程响应，3小时内到达现场；二级故障2小时内响应，次日到场处理。
P:（三）乙方超过上述时限的，每超时1小时向甲方支付¥800，从质量保证金中扣除。
P:（四）质保期满后，甲方如需乙方继续提供维保服务，维保费用按乙方届时公布的服务价格标准执行，双方另行签订维保合同。
H:七、数据与网络安全
P:（一）糖化配方、工艺参数、批次记录等生产数据归甲方所有，乙方不得复制、留存或用于其他客户。
P:（二）乙方远程维护须经甲方书面审批，通过甲方指定的VPN接入，维护结束后立即断开；乙方接入设备须安装防病毒软件并经甲方检查。
P:（三）因乙方原因导致控制系统感染病毒、数据泄露或被篡改的，乙方应立即报告甲方，负责恢复并赔偿甲方全部损失。
H:八、保密
P:（一）乙方对甲方的配方、工艺、产能和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后继续有效。
P:（二）乙方不得以甲方名称、商标或本项目案例进行宣传，但经甲方书面同意的除外。乙方人员离场时应交还全部资料，不得保留复制件。
H:九、知识产权
P:（一）本项目编制的组态程序、控制程序源代码、画面及技术文档归甲方所有，甲方可自行修改和使用。
P:（二）批次管理软件的知识产权归原厂所有，甲方享有永久使用权。
P:（三）乙方保证所供设备和软件不侵犯第三方知识产权；因侵权引起的纠纷由乙方负责处理并承担费用，给甲方造成损失的，乙方予以赔偿。
P:（四）乙方应在终验时移交全部组态备份、程序注释文本、电气图纸、IO清单和操作维护手册，并对移交资料的完整性负责。
P:（五）乙方应保证质保期内备件供应，所供硬件停产的，应提前六个月书面通知甲方并提供兼容替代方案。
H:十、违约责任
P:（一）乙方逾期交货或逾期具备终验条件的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:（三）因乙方原因导致切换停产时间超过约定的，乙方除支付前款违约金外，还应赔偿甲方因停产增加的直接损失。
H:十一、分包
P:（一）现场仪表接线工作，乙方经甲方书面同意后可委托具备资质的单位实施，乙方对其工作承担全部责任；其他工作不得分包。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:十四、不可抗力
P:（一）因不可抗力导致不能按期履行的，受影响一方应在3日内通知对方并提供证明，履行期限相应顺延。
H:十五、其他
P:（一）本合同附件包括技术规格书、设备清单和实施计划，与本合同具有同等效力。
P:（二）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：潍河啤酒股份有限公司    乙方（盖章）：济南中控聚元自动化工程有限公司
P:授权代表：__________    授权代表：__________
P:日期：2025年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03  连锁美发店 (70 家) 预约及储值 SaaS + 实施  .txt  第X条 + （1）
# ----------------------------------------------------------------------------------------------------------------
Z03 = """美发连锁门店预约及会员储值系统服务合同

合同编号：YS-SaaS-2025-0709

甲方：长沙悦丝美业连锁管理有限公司
地址：长沙市岳麓区麓谷大道627号
乙方：杭州约美云软件有限公司
地址：杭州市余杭区文一西路998号

鉴于甲方在长沙、株洲、湘潭经营70家直营美发门店，需要统一的线上预约、会员储值及门店收银系统；乙方提供“约美云”美业门店管理平台及实施服务。双方经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方提供约美云平台的订阅服务，包括门店端（预约排班、收银开单、发型师提成）、会员端小程序（在线预约、储值、卡项）以及总部管理端（储值资金台账、经营报表）。
（2）乙方负责实施服务：旧会员系统数据迁移、70家门店收银设备对接、店长及前台培训、上线支持。
（3）平台由乙方部署于中国境内的云服务器，甲方无需自行采购硬件。

第二条 服务期限
（1）订阅服务期为三个服务年度，自上线验收合格之日起计算。
（2）服务期满前30日内任何一方未书面提出不续约的，本合同自动续展一个服务年度，续展次数不限。续展时乙方有权根据市场情况上调订阅费，每次上调幅度不超过上一服务年度费用的8%。

第三条 费用
（1）门店端订阅费：每店每服务年度¥4,680，70家门店合计每服务年度¥327,600。
（2）总部管理端及储值资金台账模块：每服务年度¥46,000。
（3）以上订阅费合计每服务年度¥373,600，三个服务年度合计¥1,120,800。
（4）实施服务费（一次性）：¥86,000。
（5）本合同总金额为¥1,206,800。短信通知超出每服务年度赠送额度的部分，按每条¥0.045另行结算，不计入合同总金额。
（6）新增门店按门店端单价按月折算。

第四条 付款
（1）每个服务年度的订阅费，于该服务年度开始前15日内支付。
（2）实施服务费在上线验收合格后15日内一次性支付。
（3）乙方应在收款前开具增值税专用发票。
（4）会员储值资金由甲方自行收取并存入甲方账户，乙方平台仅记录储值台账，不代收、不沉淀任何储值资金。

第五条 双方义务
（1）甲方应指定项目联系人，按时提供门店清单、价目表、员工及提成规则，并组织店长参加培训。
（2）乙方应为甲方配备专属客户成功经理，每月提交服务报告，内容包括可用率、故障记录及处理情况；每季度与甲方召开一次服务回顾会议。
（3）乙方应提供7×24小时客服热线，并在节假日营业高峰前安排专人值守；春节前后及店庆促销期间，乙方应提前扩容并安排技术人员在线保障。
（4）平台功能升级不得减少本合同约定的功能，涉及门店操作变化的，乙方应提前7日通知甲方并提供操作说明。
（5）乙方应保证小程序符合微信平台规则及个人信息保护法律法规的要求，会员授权文本由双方共同确认；因小程序违规被下架的，乙方应在24小时内完成整改。
（6）新增或关闭门店的，甲方应提前10日书面通知乙方，乙方在5日内完成门店开通或停用，停用门店自下月起不再计费。
（7）乙方应每日对平台数据进行备份，备份数据至少保留30日，并每半年进行一次恢复演练。
（8）乙方对储值卡项的核销、退款和转赠规则应按甲方设定配置，任何规则调整须经甲方书面确认后生效。

第六条 实施与上线验收
（1）乙方应在合同签订后45日内完成全部70家门店上线，可分三批实施，每批上线前应完成该批门店的数据核对和店员培训。
（2）上线验收标准：旧系统会员资料、卡项及储值余额全部迁移，逐户对账无差异；70家门店均可正常预约、开单、收银；小程序预约在300人同时在线时页面响应不超过2秒；储值资金台账与门店收银流水日终自动核对一致。
（3）甲方应在乙方提交验收申请后7日内组织验收，验收合格的双方签署上线验收单。门店开始使用不视为验收合格。
（4）乙方未按期完成上线的，每逾期一日向甲方支付违约金¥1,500。

第七条 服务水平
（1）乙方承诺平台每月可用率不低于99.5%（计划维护除外，计划维护须提前48小时通知并安排在每日凌晨1点至6点之间）。
（2）一级故障（全部或多家门店无法收银、预约或储值）：乙方应在15分钟内响应，2小时内恢复；二级故障：1小时内响应，8小时内解决；三级问题：1个工作日内答复。
（3）当月可用率低于承诺值的，乙方按当月订阅费的5%抵扣服务费；低于99%的，按10%抵扣。一级故障恢复每超时1小时，另抵扣¥500。

第八条 数据
（1）甲方会员的姓名、手机号、消费记录、储值余额等数据归甲方所有。
（2）乙方可以对甲方数据进行去标识化处理后，与其他客户数据汇总，用于编制美业行业分析报告及改进乙方产品，该权利在本合同终止后继续有效。
（3）乙方应按网络安全等级保护第三级要求保护平台，对会员个人信息加密存储，实行最小授权访问并记录操作日志。
（4）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。
（5）本合同终止后30日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除。
（6）会员在小程序中授权的个人信息，乙方仅按甲方制定的隐私政策处理；会员要求查询、更正或删除其信息的，乙方应在5个工作日内配合甲方完成。

第九条 保密
（1）双方对在合作中知悉的对方经营信息、价格和技术资料负有保密义务，未经对方书面同意不得披露，合同终止后继续有效。
（2）乙方应要求其接触甲方信息的员工遵守本条约定，并对员工违反保密义务的行为承担责任。

第十条 知识产权
（1）约美云平台的知识产权归乙方所有。
（2）乙方为甲方定制的报表模板、营销活动模板及小程序页面设计归甲方所有，甲方可自由使用和修改。

第十一条 分包
（1）乙方不得将实施服务分包给第三方；确需委托他人的，须事先取得甲方书面同意。

第十二条 违约与赔偿
（1）乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限，但乙方违反第八条第（3）、（4）项造成的损失不受此限。
（2）甲方逾期付款的，每日按应付金额的万分之三支付滞纳金。

第十三条 合同解除
（1）一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。乙方违约导致解除的，应退还未履行服务期对应的订阅费。

第十四条 争议解决
（1）本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

第十五条 不可抗力
（1）因不可抗力或基础电信运营商大面积故障导致服务中断的，乙方应及时通知甲方并尽快恢复，该期间不计入可用率考核。

第十六条 其他
（1）本合同附件包括报价单、门店清单和实施计划。
（2）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：长沙悦丝美业连锁管理有限公司        乙方（盖章）：杭州约美云软件有限公司
代表：__________                                  代表：__________
日期：2025年  月  日                              日期：2025年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04  交警支队 电子警察系统 年度运维 (政府采购 竞争性磋商)  .txt  1. / 1.1
# ----------------------------------------------------------------------------------------------------------------
Z04 = """江州市公安局交通警察支队电子警察系统运维服务合同

项目编号：JZCG-2025-CS-118（竞争性磋商）
甲方（采购人）：江州市公安局交通警察支队
乙方（成交供应商）：江州天衢智能交通工程有限公司

依据《中华人民共和国政府采购法》、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就电子警察系统运维服务订立本合同。

1. 服务范围
1.1 运维对象：城区闯红灯自动记录系统186套、公路卡口系统62套、违停抓拍球机95套，以及支队指挥中心的电子警察管理平台、存储设备和传输链路。
1.2 服务内容：日常巡检、故障维修、设备清洁校准、备品备件更换、平台及存储维护、违法数据上传保障和驻场值守。
1.3 乙方应建立运维管理制度和应急预案，并在服务期开始后15日内报甲方备案；应急预案应覆盖平台瘫痪、存储故障、大面积断电和网络攻击等情形，每半年组织一次演练。
1.4 服务期限：2025年7月1日至2026年6月30日。服务期满本合同自然终止，不自动续期；后续服务由甲方依法重新采购。

2. 合同价款
2.1 合同总价为人民币壹佰壹拾柒万玖仟柒佰元整（¥1,179,700），构成如下：
（1）闯红灯记录系统运维：186套×¥2,400=¥446,400；
（2）卡口系统运维：62套×¥1,900=¥117,800；
（3）违停球机运维：95套×¥1,100=¥104,500；
（4）管理平台及存储运维：¥88,000；
（5）备品备件包干费：¥135,000；
（6）驻场运维人员3名：3人×¥96,000=¥288,000。
2.2 合同总价为包干价格，含人工、备件、车辆、高空作业设备及税费。

3. 付款方式
3.1 本合同不设预付款。
3.2 服务费按季度支付，每季度结束后，甲方依据第6条考核结果在20个工作日内支付该季度服务费（合同总价的四分之一），扣除考核扣款后支付。

4. 服务标准
4.1 巡检：每套前端设备每季度现场巡检不少于2次，并提交巡检记录和照片。
4.2 数据：违法图片及过车数据应实时上传至管理平台，单点上传延迟不超过10分钟。
4.3 故障分级：一级故障为管理平台瘫痪、存储故障或整个路口设备停止抓拍；二级故障为单台设备故障；三级故障为图片质量下降等不影响抓拍的问题。
4.4 响应时限：一级故障，乙方应在接报后6小时内响应并派员到场，24小时内修复；二级故障12小时内响应，48小时内修复；三级故障在下一次巡检时处理。
4.5 驻场人员工作时间为每日8:00至20:00，夜间及节假日安排电话值守。
4.6 重大活动、恶劣天气及节假日交通保障期间，乙方应按甲方通知增派人员，保障重点路口设备正常运行，不另行收费。
4.7 乙方更换抓拍相机或调整设备参数后，应重新校核抓拍区域、信号灯状态接入和时钟同步，并留存调整前后的记录，确保违法证据的合法有效。

5. 人员与备件
5.1 乙方应组建不少于8人的运维队伍，其中驻场人员3名须具备两年以上电子警察系统运维经验，项目负责人须具备中级以上专业技术职称。
5.2 乙方人员变更须提前通知甲方并经甲方同意，驻场人员每季度缺勤不得超过5个工作日。
5.3 乙方应建立备品备件库，常用备件（抓拍相机、补光灯、线圈检测器、工控机、交换机）库存不少于在用数量的5%，更换下的旧件由甲方统一处置。
5.4 乙方应建立设备台账，每月5日前提交上月运维月报，内容包括故障统计、修复时长、巡检完成情况和数据上传情况。
5.5 高空作业、占道施工须按规定设置警示标志，乙方承担作业期间的安全生产责任。

6. 考核与验收
6.1 甲方每季度对乙方服务进行考核，考核内容包括巡检完成情况、故障修复时限、数据上传及时性和运维记录完整性。
6.2 故障修复每超过时限1小时，扣减服务费¥200/点位；季度巡检缺失的，每点位每次扣减¥300。
6.3 考核结果由双方签字确认，作为季度付款依据。乙方对考核结果有异议的，可在3个工作日内书面提出，甲方应在5个工作日内复核并答复。
6.4 乙方季度考核扣款累计超过该季度服务费10%的，该季度考核为不合格。
6.5 服务期满，甲方根据四个季度考核结果出具服务验收意见。

7. 进场交接
7.1 乙方应在服务期开始前完成与原运维单位的交接，清点设备、备件及资料。
7.2 乙方未按时完成交接并开始服务的，每逾期一日按合同总价的千分之一向甲方支付违约金。

8. 数据安全与保密
8.1 电子警察系统采集的违法图片、过车记录、车辆号牌等数据归甲方所有，乙方不得留存、复制或向任何单位和个人提供。
8.2 乙方人员须经甲方政审并签署保密承诺书；维护公安网内设备须遵守甲方网络安全管理规定，严禁私接外网和使用未经检查的移动存储介质。
8.3 发生数据泄露或系统被入侵的，乙方应立即报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
8.4 乙方对履约中知悉的警务工作秘密负有保密义务，保密义务在合同终止后继续有效。

9. 分包
9.1 前端设备杆件基础维修及施工期间的交通疏导配合工作，乙方可委托第三方实施，但应提前3个工作日书面告知甲方。乙方对第三方的工作质量和安全负责。

10. 成果归属
10.1 运维期间形成的巡检记录、设备台账、故障报告及乙方编写的维护脚本归甲方所有。

11. 违约与解除
11.1 乙方连续两个季度考核不合格，或发生严重数据安全事件的，甲方有权解除合同，并要求乙方赔偿损失。
11.2 乙方其他违约行为经甲方书面通知后7日内未改正的，甲方有权解除合同。

12. 适用法律与争议解决
12.1 本合同适用中华人民共和国法律。
12.2 争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

13. 不可抗力
13.1 因自然灾害、道路施工改造、供电部门停电等非乙方原因导致设备无法运行的，不计入乙方故障修复时限，但乙方应及时报告甲方并在条件恢复后尽快恢复运行。

14. 甲方义务
14.1 甲方应向乙方提供设备清单、技术资料和必要的作业许可，协调公安网接入和机房出入手续，并按约定支付服务费。
14.2 甲方应指定专人负责运维工作的联络、考核和故障派单，故障派单以运维管理系统记录的时间为准。
14.3 因道路改造需要迁移前端设备的，由甲方另行委托，迁移完成后的设备纳入本合同运维范围，运维费按2.1条单价按月折算。
14.4 甲方有权随时抽查乙方巡检和维修情况，发现记录不实的，按该点位当季运维费的两倍扣减。

15. 其他
15.1 磋商文件、响应文件、成交通知书为本合同的组成部分。
15.2 本合同一式五份，甲方三份，乙方二份，自签字盖章之日起生效。

甲方（盖章）：江州市公安局交通警察支队      乙方（盖章）：江州天衢智能交通工程有限公司
代表：__________                            代表：__________
日期：2025年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05  牛肉干厂 QMS licence + custom development, supplier's own template (many problems)  .md  ## 第X条 + 1.1
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 质研QMS质量管理软件许可及实施合同

> 质研软件标准合同文本 V4.0（2025版）

**合同编号：** ZY-QMS-2025-0233

**甲方：** 锡林郭勒草原红牛肉食品有限公司（地址：内蒙古锡林浩特市经济开发区）

**乙方：** 北京质研软件技术有限公司（地址：北京市海淀区上地信息路26号）

甲方为牛肉干、风干牛肉条生产企业，拟引入质量管理系统。乙方为质研QMS软件的著作权人。双方经友好协商，就软件许可及实施事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供质研QMS标准版软件许可（含来料检验、过程检验、成品检验、批次追溯、HACCP关键控制点、供应商质量、不合格品管理模块，30个并发用户）。

1.2 乙方根据甲方需求进行定制开发，包括：与甲方金蝶ERP的物料及批次接口、风干及烘烤工序关键控制点温湿度监控看板、检验报告及出厂合格证模板。

1.3 乙方负责系统部署、基础数据初始化和用户培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质研QMS标准版软件许可 | 456,000 |
| 2 | 定制开发 | 318,000 |
| 3 | 部署实施 | 86,000 |
| 4 | 用户培训 | 20,000 |
| | 合计 | 880,000 |

2.1 上述价格含增值税。甲方增加用户数或模块的，按乙方当时报价另行购买。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即¥484,000，作为预付款，乙方收到预付款后启动项目。

3.2 系统部署完成后5个工作日内，甲方支付合同总价的45%，即¥396,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付

4.1 乙方将根据双方确认的项目计划实施，尽力在合同签订后90日内完成部署。

4.2 甲方应按时提供需求资料、服务器环境和配合人员；因甲方原因导致延误的，工期相应顺延。

4.3 因需求变更增加的开发工作量，按每人天¥2,600另行计费。

4.4 乙方交付的软件版本为乙方当时的标准版本，后续版本的升级须购买年度技术服务。

4.5 乙方实施人员以远程方式工作为主，确需到甲方现场的，差旅费用由甲方按实际发生额另行承担。

4.6 系统部署完成后，乙方向甲方提供安装介质、用户手册和管理员手册的电子版。

4.7 乙方的项目实施方法、工作模板和实施文档属于乙方的专有资料，甲方仅可在内部使用。

4.8 甲方要求乙方在约定工作时间以外或节假日进行上线切换的，乙方按每人天¥3,200收取加班费用。

4.9 乙方有权根据项目需要调整实施人员，并通知甲方项目联系人。

## 第五条 验收

5.1 系统部署完成并交付甲方使用之日，即视为甲方验收合格。

5.2 甲方在使用中发现的问题，乙方将在后续版本中统一处理。

## 第六条 技术支持

6.1 自系统部署完成之日起，乙方提供六个月免费维护，包括远程问题解答和缺陷修复。

6.2 乙方将尽商业上合理的努力，及时处理甲方通过电话、邮件或工单提交的问题。

6.3 免费维护期满后，甲方应购买年度技术服务，年度技术服务费为软件许可费的20%，即每年¥91,200，按年预付。未购买年度技术服务的，乙方不再提供升级和问题处理。

## 第七条 知识产权

7.1 质研QMS软件及其文档的著作权归乙方所有。

7.2 本合同项下定制开发的接口程序、监控看板、报表及证书模板等成果，知识产权均归乙方所有。乙方授予甲方在本合同约定范围内的非独占使用权，甲方不得修改、反编译或提供给第三方使用。

## 第八条 甲方数据

8.1 甲方在系统中录入和产生的检验数据、批次数据等业务数据归甲方所有，乙方仅为履行本合同之目的使用。

## 第九条 责任限制

9.1 乙方在本合同项下的全部赔偿责任，以本合同软件许可费金额为限。

9.2 乙方不对甲方的间接损失、利润损失、数据丢失或产品召回损失承担责任。

9.3 因不可抗力、第三方软件或甲方操作不当造成的损失，乙方不承担责任。

9.4 甲方应自行做好服务器及数据库的日常备份，因甲方未备份导致的数据丢失，乙方不承担责任。

9.5 乙方提供的软件按现状交付，乙方不保证软件适用于甲方的特定用途，也不保证软件运行不中断或没有错误。

## 第十条 合同解除

10.1 任何一方严重违反本合同，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

10.2 合同解除后，甲方应停止使用定制开发成果，已支付的款项不予退还。

## 第十一条 甲方义务

11.1 甲方应指定专职项目联系人，负责需求确认、资料提供和内部协调，并在乙方提交确认事项后3个工作日内答复；逾期未答复的，视为甲方确认。

11.2 甲方应按乙方提供的配置清单自行采购并准备服务器、数据库、操作系统及网络环境，保证乙方实施人员可以远程登录。

11.3 甲方应提供检验标准、工艺文件、物料编码、供应商清单等基础资料，并对资料的准确性负责。

11.4 甲方应妥善保管系统账号和密码，因甲方人员操作或管理不当造成的后果由甲方承担。

## 第十二条 培训

12.1 乙方为甲方提供不超过3天的集中培训，培训对象为质量部、生产部和仓储部关键用户，每期不超过20人。

12.2 超出上述范围的培训，按每人天¥2,600另行收费。

12.3 培训使用的课件和视频归乙方所有，甲方可在内部使用，但不得向第三方提供。

## 第十三条 不可抗力

13.1 因不可抗力、政策调整、网络故障、病毒攻击、第三方软件缺陷等乙方无法控制的原因导致合同不能履行或延迟履行的，乙方不承担责任。

## 第十四条 通知

14.1 双方的通知以本合同首页所列地址或双方项目联系人的电子邮件送达，电子邮件发出即视为送达。

## 第十五条 争议解决

15.1 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方官网公布的《质研软件服务条款》为准。乙方有权不时修订该服务条款，修订后的条款自公布之日起适用。

16.2 本合同附件包括报价单和项目计划，附件与本合同正文不一致的，以本合同正文为准。

16.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

| 甲方（盖章）：锡林郭勒草原红牛肉食品有限公司 | 乙方（盖章）：北京质研软件技术有限公司 |
|---|---|
| 授权代表：__________ | 授权代表：__________ |
| 日期：2025年  月  日 | 日期：2025年  月  日 |
"""

# ----------------------------------------------------------------------------------------------------------------
# e01  Dehua porcelain-figure studio: mould software, perpetual licences; French vendor in Rodez  .pdf  Article N / N.N
# ----------------------------------------------------------------------------------------------------------------
E01 = """
T:Software Licence and Services Agreement - Mould Design Software
P:Agreement No. DH-YC-2025-017
P:This Agreement is made between Dehua Yuci Porcelain Art Studio Co., Ltd., a company established in Dehua County, Quanzhou, Fujian Province, People's Republic of China, with its registered office at No. 38 Xunzhong Road, Dehua (the "Customer"), and Moulages Numeriques Aveyron SAS, a French simplified joint-stock company with its registered office at 14 Avenue de Paris, 12000 Rodez, France (the "Vendor").
P:Background: The Customer designs and produces porcelain figures and uses plaster moulds for slip casting. It wishes to move its mould design from hand-cut master models to digital design, and the Vendor publishes software for designing multi-part moulds and simulating slip casting. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's SculptMould Pro and CastFlow programs listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Services" means installation, configuration, template development and training under Article 2.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3 that the acceptance tests have been passed.
P:1.4 "Customer Data" means all figure designs, 3D scans, sketches, mould files, production parameters and other data created or supplied by the Customer or processed by the Software for the Customer.
P:1.5 "Business Day" means a day on which banks are open in Quanzhou.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer perpetual, non-exclusive, non-transferable licences to install and use the Software at its Dehua premises for its own business, for the number of seats in Article 3.
P:2.2 The Vendor shall install the Software and the licence server on the Customer's workstations, configure the export of mould parts to the Customer's two CNC milling machines and its resin 3D printer, and import the Customer's library of legacy mould drawings.
P:2.3 The Vendor shall develop a parting-line template library for the Customer's standard figure families (standing Guanyin figures, seated figures, animal figures and flower-decorated pieces) based on samples provided by the Customer (the "Custom Templates").
P:2.4 The Vendor shall train the Customer's designers and mould makers for five days on site in Dehua, with a Mandarin interpreter provided by the Vendor.
H:Article 3 Price
P:3.1 At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY). The Contract Price is CNY 1,225,000, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|SculptMould Pro perpetual licence, one seat|6|148,000|888,000
TB:2|CastFlow slip-casting simulation perpetual licence, one seat|2|126,500|253,000
TB:|Licence Subtotal|||1,141,000
TB:3|Installation, configuration and Custom Templates|1|46,000|46,000
TB:4|On-site training (five days, with interpreter)|1|38,000|38,000
TB:|Contract Price|||1,225,000
P:3.2 The Contract Price is fixed and includes all taxes, travel, interpreter costs and expenses of the Vendor. Import duties, if any, on physical media are borne by the Vendor.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price by bank transfer in three instalments against the Vendor's invoices:
P:(a) 20% (CNY 245,000) within 15 Business Days after signature of this Agreement;
P:(b) 45% (CNY 551,250) within 15 Business Days after delivery of the licence keys and completion of the installation under Article 2.2, confirmed in an installation record signed by both parties (an installation record is not acceptance);
P:(c) 35% (CNY 428,750) within 15 Business Days after Final Acceptance.
P:4.2 The Vendor shall issue its invoices through its appointed agent in Xiamen so that the Customer receives valid Chinese tax invoices (fapiao).
H:Article 5 Delivery
P:5.1 The Vendor shall deliver the licence keys and complete the installation within 45 days after signature, and shall make the Software ready for the acceptance tests within 75 days after signature.
P:5.2 If the Vendor fails to meet either date, it shall pay the Customer delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Delay damages do not relieve the Vendor of its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 The acceptance tests shall show that: (a) the Software designs complete mould sets for three reference figures chosen by the Customer, with draft angles and parting lines checked by the Customer's master mould maker; (b) the mould parts are exported without error to both CNC machines and the 3D printer; (c) at least 95% of the legacy drawings selected by the Customer are imported and open correctly; and (d) the CastFlow simulation of wall thickness for the three reference figures differs by no more than 0.3 mm from measured test casts.
P:6.2 After the tests are passed, the Software shall run in production for 20 Business Days without a Severity 1 fault.
P:6.3 When both conditions are met, the Customer shall issue a Final Acceptance certificate within 5 Business Days or give written reasons for refusal. Installation, production use or payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software will conform to its documentation and to Article 6.1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions and provide support free of charge.
P:7.2 Support is given in Mandarin by the Vendor's partner in Xiamen and in English by the Vendor. A Severity 1 fault (the Software or the licence server cannot be used by any designer) shall receive a response within 2 hours during the Customer's working hours (08:00 to 18:00 China time, Monday to Saturday); a Severity 2 fault within 8 working hours.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 response time, the Vendor shall credit the Customer CNY 500, set off against the next payment due or paid within 30 days.
P:7.4 After the Warranty Period, the Customer may purchase annual maintenance and support. The annual maintenance fee is 24% of the Licence Subtotal, that is CNY 273,840 per year, fixed for the first three maintenance years and thereafter subject to written agreement. Maintenance is ordered by the Customer's purchase order for each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software. The licences in Article 2.1 survive any termination except termination for the Customer's non-payment.
P:8.2 The Custom Templates and all other deliverables made for the Customer belong to the Customer on payment of the instalment in Article 4.1(b). The Customer may use, modify and license them freely, including to other studios.
P:8.3 The Vendor warrants that the Software does not infringe third-party rights and shall defend and hold the Customer harmless against any infringement claim.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, keep or transfer it outside the Customer's premises.
P:9.2 The Software runs on the Customer's workstations and does not send designs to the Vendor. Remote support sessions require the Customer's approval for each session, are recorded, and are closed when the work is done.
P:9.3 The Vendor shall keep its support tools free of malware, restrict access to named engineers and delete any file received from the Customer for diagnosis when the ticket is closed.
P:9.4 The Vendor shall notify the Customer within 24 hours of any actual or suspected loss or disclosure of Customer Data and shall be responsible for, and compensate the Customer for, any loss caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other's non-public information, including the Customer's unreleased figure designs and prices, and shall use it only for this Agreement. This obligation continues for three years after termination.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price, except for breach of Articles 9 and 10, infringement claims, personal injury and wilful misconduct, which are not limited.
H:Article 12 Subcontracting
P:12.1 The Vendor's Xiamen partner, Minnan Sanwei Technology Co., Ltd., is approved by signature of this Agreement for installation and first-line support. Any other subcontracting requires the Customer's prior written consent. The Vendor remains responsible for all subcontractors.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after written notice. The Customer may also terminate if delay damages under Article 5.2 reach their maximum.
P:13.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid and the Customer shall uninstall the Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding.
H:Article 15 General
P:15.1 This Agreement is signed in English and Chinese, both versions equally authentic. Annex 1 (technical specification) and Annex 2 (acceptance test plan) form part of it.
P:15.2 Notices shall be in writing and sent to the addresses above or to the project e-mail addresses in Annex 1.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________    Date: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02  Sanya diving-boat operator: booking SaaS, Order Form + General Terms; German vendor in Goslar  .md
# ----------------------------------------------------------------------------------------------------------------
E02 = """# Harzblick DiveDesk - Order Form and General Terms

**Order Form No.:** HB-OF-2025-0412

## Part A - Order Form

### A1. Parties

**Vendor:** Harzblick Software GmbH, Rammelsberger Strasse 12, 38640 Goslar, Germany, registered with the local court of Braunschweig ("Harzblick").

**Customer:** Sanya Coral Bay Diving Boats Co., Ltd., Building 3, Yalong Bay Marina, Jiyang District, Sanya, Hainan Province, People's Republic of China ("Customer").

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Service

Harzblick provides DiveDesk, its hosted booking and operations platform for dive operators, configured for the Customer's nine dive boats and fourteen dive sites around Yalong Bay and Wuzhizhou Island. The Service includes online booking in Chinese, English and Russian, seat and equipment allocation per boat, diver certification and medical-form checks, daily boat manifests for the maritime authority, and a connector to the Customer's payment service provider for WeChat Pay and Alipay.

### A3. Subscription Term

The Subscription Term is two Subscription Years starting on the Go-Live Date. Each Subscription Year runs from the Go-Live Date or its anniversary. The Agreement ends at the end of the second Subscription Year; any renewal requires a new Order Form signed by both parties.

### A4. Fees

At the Customer's request all fees are stated and invoiced in Chinese yuan (CNY).

| Item | Type | Amount (CNY) |
|---|---|---|
| DiveDesk platform, 9 boats, unlimited bookings | per Subscription Year | 168,000 |
| Payment connector (WeChat Pay / Alipay through PSP) | per Subscription Year | 24,000 |
| Set-up, configuration and migration of booking history | one-time | 58,000 |
| Staff training (two sessions in Sanya) | one-time | 12,000 |
| **Total for the Subscription Term (2 x 192,000 + 70,000)** | | **454,000** |

Additional boats can be added at CNY 16,800 per boat per Subscription Year, pro rata from the month in which they are added. Fees are fixed for the Subscription Term. SMS notifications above 20,000 per Subscription Year are charged at cost and are not included in the total.

### A5. Invoicing and Payment

1. On signature of this Order Form Harzblick invoices the one-time fees and the fees for the first Subscription Year together, CNY 262,000, payable within 10 days of the invoice date and in any event before the start of set-up work. Set-up starts only when this invoice is paid.
2. The fees for the second Subscription Year are invoiced 30 days before that Subscription Year starts and are payable before it starts.
3. Payment is by bank transfer to Harzblick's account; the Customer bears its own bank charges.

### A6. Go-Live and Acceptance

1. Harzblick shall make the configured Service available for acceptance testing within 40 days after receipt of the first payment.
2. The acceptance tests check that (a) bookings, cancellations and refunds run end to end through the payment connector; (b) the manifest for each of the nine boats is produced correctly for three test days; (c) all booking history exported from the Customer's previous tool has been migrated and reconciled by count and amount; and (d) the booking page loads within 3 seconds from a mobile network in Sanya.
3. When the tests are passed the Customer signs a Go-Live Certificate; the date of signature is the Go-Live Date. Use of the Service for live bookings before signature is not acceptance.
4. If Harzblick does not make the Service available for acceptance testing on time, it shall pay the Customer CNY 300 for each day of delay, up to CNY 9,000.

### A7. Service Levels

1. Harzblick targets monthly availability of the booking platform of 99.98%, measured at its load balancer, excluding announced maintenance between 01:00 and 05:00 China time.
2. Priority 1 incidents (the Service or the payment connector is unavailable for all users) receive a response within 1 hour, 24 hours a day; Priority 2 incidents within 6 hours; Priority 3 within two business days.
3. The service levels in this section are targets only. A failure to meet them does not entitle the Customer to service credits, fee reductions, refunds or damages, and is not a breach of the Agreement.

### A8. Hosting

The Service is hosted for the Customer in a mainland-China data centre of Alibaba Cloud (Shenzhen region), which is approved as Harzblick's hosting provider by signature of this Order Form.

## Part B - General Terms

### B1. Definitions

"Customer Data" means all data entered into or generated by the Service for the Customer, including diver names, contact details, passport and certification numbers, medical declarations, bookings and payments. "Documentation" means Harzblick's user guides for DiveDesk.

### B2. Use of the Service

1. Harzblick grants the Customer a non-exclusive right to use the Service for its own dive operations during the Subscription Term.
2. The Customer shall not resell the Service, attempt to access its source code or use it for unlawful purposes.
3. The Customer is responsible for its user accounts and for the accuracy of the data it enters.
4. The Customer may create as many staff accounts as it needs for its office, its boat captains and its dive instructors; each account is personal and must not be shared.
5. Harzblick shall provide the Documentation in Chinese and English and keep it current.

### B3. Customer Data

1. Customer Data belongs to the Customer. Harzblick processes Customer Data only on the Customer's instructions and only to provide the Service.
2. Harzblick shall store Customer Data only in the hosting region in A8 and shall not transfer it outside mainland China.
3. Harzblick maintains encryption in transit and at rest, role-based access with multi-factor authentication for its staff, daily backups kept for 30 days, and annual penetration tests, and complies with the Personal Information Protection Law of the PRC in respect of divers' personal information.
4. Harzblick shall notify the Customer within 48 hours of becoming aware of any security incident affecting Customer Data, cooperate in its investigation and notification, and be responsible for the losses caused to the Customer by its breach of this clause.
5. Within 30 days after the end of the Agreement Harzblick shall export all Customer Data to the Customer in CSV format and then delete it.

### B4. Customisations

Booking-page layouts, dive-site descriptions, photos and e-mail templates produced for the Customer belong to the Customer, which may use and modify them freely, also with another provider.

### B5. Confidentiality

Each party shall keep the other's confidential information secret, use it only for the Agreement and disclose it only to staff and advisers who need it and are bound by equal duties. This obligation continues for three years after the Agreement ends.

### B6. Subcontractors

Apart from the hosting provider in A8, Harzblick may engage subcontractors only with the Customer's prior written consent. Harzblick is responsible for its subcontractors as for itself.

### B7. Warranties

Harzblick warrants that the Service will perform materially in accordance with the Documentation and that it will perform set-up and training with reasonable skill and care.

### B8. Liability

1. Each party's total liability under the Agreement is limited to twice the total fees under the Order Form (CNY 454,000).
2. The limit does not apply to breach of B3 or B5, to personal injury or to wilful misconduct.
3. Neither party is liable for loss of profit or indirect loss, except under B3.

### B9. Termination

1. Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
2. If the Customer terminates for Harzblick's breach, Harzblick refunds the prepaid fees for the remaining part of the Subscription Year.

### B10. Governing Law and Jurisdiction

The Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods. The courts of Goslar, Germany, have exclusive jurisdiction.

### B11. Support and Changes to the Service

1. Support is available by e-mail, by telephone and through the ticket portal in English and Chinese. Harzblick's Chinese-speaking support team works from 08:00 to 20:00 China time; Priority 1 incidents are handled by the on-call engineer at all hours.
2. Harzblick may improve the Service from time to time. It shall not remove a function used by the Customer during the Subscription Term without offering an equivalent function, and it shall announce changes that affect the Customer's staff at least 14 days in advance.
3. Harzblick shall keep the boat manifest format in line with the requirements of the Sanya maritime authority notified to it by the Customer, at no extra charge.

### B12. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, floods, power or network failures of third parties or acts of government, provided it informs the other party promptly and does its best to limit the effect. Payment obligations are not suspended by force majeure.

### B13. General


Neither party may assign the Agreement without the other's written consent. Amendments must be in writing. The Agreement is made in English; a Chinese translation is for reference.

**For Harzblick Software GmbH:** ____________________ Date: __________

**For Sanya Coral Bay Diving Boats Co., Ltd.:** ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e03  Shaanxi kiwifruit orchard: weather sensors on the buyer's paper; British integrator in Whitby  .docx  Section N
# ----------------------------------------------------------------------------------------------------------------
E03 = """
T:Supply and Installation Contract for Orchard Weather and Soil Monitoring
P:Contract No.: ZZQL-2025-WS-06
P:Buyer: Zhouzhi Qinling Kiwifruit Orchard Co., Ltd., Mazhao Town, Zhouzhi County, Xi'an, Shaanxi Province, People's Republic of China (the "Buyer").
P:Supplier: Whitby Agritech Systems Ltd, Unit 4, Fairfield Way, Whitby, North Yorkshire YO22 4PU, United Kingdom, acting in China through its Xi'an representative office (the "Supplier").
P:The Buyer operates 420 hectares of kiwifruit orchards on the northern slopes of the Qinling Mountains and has suffered repeated losses from late spring frost and from waterlogging. Following its invitation to quote, it has selected the Supplier to supply and install a weather and soil monitoring network with frost alerts. The parties agree as follows.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software in Section 2, integrate the frost-alert platform with the Buyer's irrigation controller, train the Buyer's staff, and provide warranty service under Section 7.
P:1.2 The system shall measure air temperature and humidity at two heights, wind speed and direction, rainfall, solar radiation, leaf wetness, and soil moisture and temperature at 20 cm and 40 cm, and shall send frost alerts by SMS and WeChat to the duty managers.
P:1.3 The locations of stations and probes are shown in Annex A; the Buyer may move up to ten probe locations before installation without change in price.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 920,000, fixed, including all taxes, import duties, freight, insurance and travel:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Automatic weather station with solar power unit|8|38,600|308,800
TB:2|Soil moisture and temperature probe, two depths|64|3,150|201,600
TB:3|Leaf-wetness sensor|24|2,400|57,600
TB:4|LoRa gateway with 4G backhaul|4|16,500|66,000
TB:5|Frost-alert platform, perpetual on-premises licence|1|132,000|132,000
TB:|Hardware and Licence Subtotal|||766,000
TB:6|Installation, poles, cabling and calibration|1|94,000|94,000
TB:7|Integration with irrigation controller|1|48,000|48,000
TB:8|Training|1|12,000|12,000
TB:|Contract Price|||920,000
H:Section 3 Payment
P:3.1 The Buyer shall pay: (a) 10% of the Contract Price (CNY 92,000) as an advance within 20 days after signature, against the Supplier's invoice and a bank guarantee of the same amount; (b) 55% (CNY 506,000) within 20 days after the Installation Certificate under Section 5.1; and (c) 35% (CNY 322,000) within 20 days after Final Acceptance under Section 6.
P:3.2 All invoices shall be valid Chinese VAT invoices issued through the Supplier's representative office or its appointed agent.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver and install all equipment within 60 days after signature and before 1 March, so that the system is in service for the spring frost season.
P:4.2 If the Supplier is late in completing installation or in reaching Final Acceptance readiness, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 5 Installation
P:5.1 When all equipment is installed and transmitting, the parties shall sign an Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:5.2 The Supplier shall follow the Buyer's orchard rules, avoid damage to vines and trellis wires and restore any ground disturbed by its work.
H:Section 6 Acceptance
P:6.1 The acceptance tests shall show that: (a) every station and probe reports at the configured interval for 21 consecutive days with data loss below 2% per device; (b) station temperature readings agree within 0.3 degrees Celsius with a reference thermometer supplied by the Buyer's agricultural adviser; (c) a simulated frost alert reaches all listed duty managers within 2 minutes; and (d) the irrigation controller starts the frost-protection sprinklers on a test alert.
P:6.2 When all tests are passed the Buyer shall issue a Final Acceptance Certificate within 7 days or state in writing which test failed. Use of the system during the frost season before Final Acceptance is not acceptance.
H:Section 7 Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace any defective equipment, including batteries and solar panels, and correct software defects free of charge, and shall recalibrate the stations once a year before the frost season.
P:7.2 Critical faults (the platform is down, a gateway is down, or frost alerts are not sent) shall receive a response within 30 minutes, at any hour, between 15 February and 15 May, and within 2 hours at other times. The Supplier shall restore service within 24 hours; failed field devices shall be replaced within 72 hours.
P:7.3 For each hour by which the Supplier exceeds a critical-fault response or restoration time, it shall pay the Buyer CNY 600, deducted from the next payment or paid within 30 days.
P:7.4 After the warranty period, the Buyer may order annual support at 8% of the Hardware and Licence Subtotal, that is CNY 61,280 per year, fixed for three years. Support is ordered year by year by the Buyer's purchase order and does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 The Supplier retains the intellectual property in the platform software and grants the Buyer a perpetual licence to use it.
P:8.2 The integration scripts, alert rules, dashboards and configuration files made for the Buyer belong to the Buyer, which may modify them and let third parties use them.
H:Section 9 Data and Security
P:9.1 All measurement data, alert logs and orchard maps belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The platform is installed on the Buyer's server in its farm office. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. The Supplier shall not copy data out of the Buyer's systems.
P:9.3 The Supplier shall change all default passwords, keep the gateways and platform patched, and notify the Buyer within 12 hours of any security incident. The Supplier is responsible for losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's yields, prices and orchard maps, and shall not disclose it to third parties without written consent. This obligation survives termination.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under Section 4.2 reach their maximum.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an.
H:Section 15 Training and Documentation
P:15.1 The Supplier shall train up to twelve of the Buyer's staff in two sessions at the orchard: one for the farm office on the platform, alert rules and reports, and one for the field team on battery changes, cleaning of rain gauges and simple fault finding.
P:15.2 Before Final Acceptance the Supplier shall deliver, in Chinese, the user manual, the maintenance manual, the as-built site plan with the coordinates of every device, the calibration certificates and the configuration backup of the platform.
H:Section 16 Spare Parts
P:16.1 The Supplier shall deliver with the equipment a spare-parts kit of two soil probes, two leaf-wetness sensors, one temperature and humidity sensor and one gateway power unit, included in the Contract Price.
P:16.2 The Supplier shall replace the batteries of all stations and gateways once during the warranty period, in the autumn before the second frost season, at no charge.
P:16.3 The Supplier shall keep spare parts for the supplied models available for at least seven years after Final Acceptance and shall give the Buyer six months' written notice before any model is discontinued, with a compatible replacement.
H:Section 17 Buyer's Obligations
P:17.1 The Buyer shall give the Supplier's staff access to the orchards, provide the server in the farm office and a 4G data plan for each gateway, and name a duty manager for the project.
P:17.2 The Buyer shall inform the Supplier of spraying and harvesting schedules so that installation work does not interfere with them.
P:17.3 The Buyer shall keep the stations and probes free of vegetation and shall not spray chemicals directly on the sensors. Damage caused by the Buyer's machinery or staff is not covered by the warranty and shall be repaired at the Supplier's normal rates, which the Supplier shall quote before starting work.
H:Section 18 Force Majeure
P:18.1 A party prevented from performing by events beyond its control, such as earthquakes, floods or government orders, shall notify the other party promptly and is excused for the duration of the event. If the event lasts more than 60 days, either party may terminate by written notice.
H:Section 19 General
P:19.1 Annex A (site plan) and Annex B (technical specification) form part of this Contract. This Contract is signed in English and Chinese; both texts are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04  Anxi tea-packing plant: managed Wi-Fi service; Spanish provider in Huesca  .md  numbered clauses + Schedules
# ----------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED WIRELESS NETWORK SERVICE AGREEMENT

Agreement reference: RP-CN-2025-019

This Agreement is made between:

(1) **Anxi Tieguanyin Tea Packing Co., Ltd.**, a company incorporated in the People's Republic of China, whose registered office is at No. 66 Chengxiang Industrial Park, Anxi County, Quanzhou, Fujian Province (the "Customer"); and

(2) **Redes Pirenaicas S.L.**, a company incorporated in Spain, whose registered office is at Calle del Coso Alto 41, 22003 Huesca, Spain (the "Provider").

**Background.** The Customer packs oolong tea in two production halls, a cold store and a warehouse, and its handheld scanners, label printers and packing-line tablets depend on Wi-Fi. The Provider designs and operates industrial wireless networks for food plants and has a local installation partner in Quanzhou. The Customer wishes to buy wireless connectivity as a managed service rather than buying equipment.

## 1. Definitions

1.1 "Service" means the managed wireless network service described in clause 2 and Schedule 1.

1.2 "Subscription Year" means the period starting on the Service Commencement Date and ending on the day before its first anniversary, and each following period between anniversaries.

1.3 "Service Commencement Date" means the date of the Service Acceptance Certificate under clause 5.

1.4 "Provider Equipment" means the access points, controllers, switches and other equipment installed by the Provider to provide the Service.

1.5 "Customer Data" means all data of the Customer carried by, stored in or generated by the network, including device lists, traffic logs, user credentials and configuration data.

## 2. The Service

2.1 The Provider shall survey the Customer's site, design the network, install the Provider Equipment (38 industrial access points, 2 wireless controllers in a redundant pair and 4 PoE switches) and operate, monitor and maintain the network from its network operations centre.

2.2 The Service includes coverage of the production halls, the cold store at minus 18 degrees Celsius, the warehouse and the offices, with signal strength of at least minus 67 dBm at every point of the coverage map in Schedule 1.

2.3 The Provider Equipment remains the property of the Provider. The Customer shall not move or alter it without the Provider's agreement and shall give the Provider's engineers access during working hours, and at any time for Priority 1 incidents.

2.4 The Provider shall replace Provider Equipment that fails or reaches the end of vendor support at its own cost.

## 3. Term

3.1 The Service runs for three Subscription Years from the Service Commencement Date (the "Initial Term").

3.2 After the Initial Term, the Agreement renews for one further Subscription Year at a time at the same charges and on the same terms, unless either party gives at least 60 days' written notice before the end of the current Subscription Year.

## 4. Charges and Payment

4.1 At the Customer's request the charges are stated and paid in Chinese yuan (CNY). The charges are set out in Schedule 2. The total charges for the Initial Term are CNY 1,206,000 (36 monthly recurring charges of CNY 31,500 plus a one-time installation charge of CNY 72,000).

4.2 The one-time installation charge is invoiced after the Service Acceptance Certificate. The monthly recurring charge is invoiced quarterly in arrears. No amount is payable in advance.

4.3 The Customer shall pay undisputed invoices within 30 days. Invoices shall be valid Chinese VAT invoices issued by the Provider's local partner acting as its agent.

## 5. Installation and Service Acceptance

5.1 The Provider shall complete installation and offer the network for acceptance within 50 days after signature.

5.2 Acceptance testing shall show: (a) the signal strength in clause 2.2 at all survey points; (b) roaming of handheld scanners between access points without loss of session over a test route through all halls; (c) throughput of at least 50 Mbps per access point under load; and (d) seven days of operation without a Priority 1 incident.

5.3 When the tests are passed, the Customer shall sign a Service Acceptance Certificate. Installation or use of the network before signature is not acceptance.

5.4 If the Provider is late in offering the network for acceptance, it shall pay the Customer CNY 900 for each day of delay, up to CNY 36,000.

## 6. Service Levels

6.1 The Provider shall meet the service levels in Schedule 1, including network availability of 99.95% per calendar month and the incident response and restoration times in the priority table.

6.2 If a service level is missed in a month, the Provider shall grant the service credits in Schedule 1, deducted from the next invoice. Service credits do not limit the Customer's other rights.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer and may be used by the Provider only to provide the Service.

7.2 The wireless controllers are installed in the Customer's server room and Customer Data is kept on them. The Provider's network operations centre accesses them only through an encrypted connection with multi-factor authentication, and every access is logged and reported monthly to the Customer.

7.3 The Provider shall apply security updates to the Provider Equipment within 14 days of their release (within 72 hours for critical vulnerabilities), separate guest and production networks, and keep administrator credentials unique to the Customer's site.

7.4 The Provider shall notify the Customer within 12 hours of any security incident affecting the network or Customer Data and is responsible for losses caused by its breach of this clause.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only to perform the Agreement. This obligation survives termination for three years.

## 9. Deliverables

9.1 The site survey, coverage maps, network design and configuration files prepared for the Customer belong to the Customer, which may use them freely, including with another provider at the end of the Agreement.

## 10. Subcontracting

10.1 The Provider's installation partner, Quanzhou Haixi Network Engineering Co., Ltd., is approved by signature of this Agreement for installation and on-site repairs. Any other subcontracting requires the Customer's prior written consent. The Provider remains responsible for all subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Initial Term, except for breach of clauses 7 and 8, personal injury and wilful misconduct, which are not limited.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within 30 days after notice.

12.2 The Customer may also terminate by written notice if availability falls below 99.5% in any two months of a Subscription Year.

12.3 On termination the Provider shall remove the Provider Equipment within 30 days, after handing over the Customer Data and configuration files.

## 13. Governing Law and Jurisdiction

13.1 This Agreement is governed by the laws of Spain.

13.2 The courts of Huesca, Spain, have exclusive jurisdiction over any dispute arising out of this Agreement.

## 14. Customer Obligations

14.1 The Customer shall provide power sockets and cable routes for the Provider Equipment, a lockable space in its server room for the controllers, and a named contact for each shift.

14.2 The Customer shall report incidents through the Provider's hotline or portal and give the Provider's engineers the information they reasonably need. Time during which the Provider cannot reach a site because the Customer refuses access is excluded from the restoration times.

## 15. Changes and Reporting

15.1 The Provider shall send a monthly report showing availability, incidents, response and restoration times, service credits, security updates applied and the remote accesses made to the controllers.

15.2 The parties shall meet each quarter to review the report. Changes to the coverage area, such as a new packing line, shall be agreed in a written change order stating any change in charges.

## 16. Force Majeure

16.1 Neither party is liable for delay caused by typhoons, floods, general power cuts or other events beyond its reasonable control, if it notifies the other party promptly. Service credits do not apply to such periods.

## 17. General

17.1 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

## Schedule 1 - Service Levels and Priorities

Availability is measured per calendar month as the share of minutes in which the production SSIDs are reachable in all halls, excluding maintenance agreed with the Customer at least five days in advance.

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | A production hall or the cold store has no Wi-Fi | 15 minutes | 6 hours |
| P2 | Degraded coverage or a failed access point | 1 hour | next business day |
| P3 | Minor fault or request | 8 business hours | 5 business days |

Service credits: availability below 99.95% - 5% of the monthly recurring charge; below 99.5% - 10%; below 99% - 20%. Each missed P1 response or restoration time - CNY 1,000.

## Schedule 2 - Charges

| Item | Amount (CNY) |
|---|---|
| Monthly recurring charge (38 access points, 2 controllers, 4 PoE switches, monitoring and maintenance) | 31,500 per month |
| One-time site survey, design and installation | 72,000 |
| Total for the Initial Term | 1,206,000 |

Additional access points requested by the Customer are charged at CNY 620 per access point per month.

Signed for the Customer: ____________________ Signed for the Provider: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e05  Dalian port-logistics platform: container-weight (VGM) certificate check API; Italian vendor in Urbino  .txt
# ----------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
VGM CERTIFICATE CHECK SERVICE

Agreement No. PV-DL-2025-07

PARTIES

Pesaverde S.r.l., a limited liability company incorporated in Italy, with its registered office at Via Raffaello 19, 61029 Urbino (PU), Italy ("Pesaverde"); and

Dalian Harbour Link Logistics Platform Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 1 Gangwan Street, Zhongshan District, Dalian, Liaoning Province ("Customer").

BACKGROUND

The Customer operates an online platform through which shippers, freight forwarders and trucking companies book export container slots at terminals in Dalian port. Under the SOLAS rules on verified gross mass, a container may not be loaded without a valid weight declaration. Pesaverde operates an application programming interface that checks weighing certificates and verified gross mass (VGM) declarations against weighbridge records, calibration registers and carrier cut-off rules. The Customer wishes to call this API from its platform.

1. DEFINITIONS

1.1 "API" means Pesaverde's VGM Certificate Check interface, version 3, as described in the API documentation.
1.2 "Subscription Year" means the period starting on the Production Date and each following period between anniversaries of it.
1.3 "Production Date" means the date of the Integration Acceptance Certificate under clause 4.
1.4 "Customer Data" means all data submitted to the API by or for the Customer, including container numbers, shipper names, weighing certificates, declared weights and booking references, and all results returned for it.
1.5 "Call" means one request to the API that returns a result.

2. THE SERVICE

2.1 Pesaverde shall provide the Customer with access to the API for the Customer's platform, including a test environment, a production environment, the documentation in English and Chinese, and technical support.
2.2 The API checks each declaration against the rules in Schedule 1 and returns a result (accepted, rejected with reasons, or referred for manual review) together with a reference number that the Customer may show to terminals and carriers.
2.3 Pesaverde shall keep the rule set up to date with the requirements of the Chinese maritime authorities and of the carriers calling at Dalian, and shall notify the Customer of any change at least 14 days before it takes effect.
2.4 The Customer may use the results within its own platform and pass the reference numbers to terminals, carriers and its own users, but shall not resell access to the API itself.
2.5 The Customer is responsible for its own platform, for the accuracy of the data it submits and for decisions taken on the basis of a "referred" result.

3. TERM

3.1 This Agreement starts on signature and continues until the end of the third Subscription Year.
3.2 The Agreement does not renew automatically. The parties may agree a renewal in writing at least 60 days before it ends.

4. INTEGRATION AND ACCEPTANCE

4.1 Pesaverde shall provide test credentials within 5 days after signature and support the Customer's developers during integration. Pesaverde's engineers shall write the adapters that convert the Customer's booking messages into the API format (the "Adapters").
4.2 Integration acceptance requires that: (a) a test set of 2,000 real declarations supplied by the Customer returns the expected result in every case; (b) the median response time is below 300 milliseconds and no Call takes longer than 2 seconds at 50 Calls per second; and (c) the production environment has run for ten days with the Customer's live traffic without a Priority 1 incident.
4.3 When the tests are passed the Customer shall sign an Integration Acceptance Certificate. Use of the production environment before signature is not acceptance.
4.4 If the production environment is not ready for the tests within 45 days after signature for reasons attributable to Pesaverde, Pesaverde shall pay the Customer CNY 600 for each day of delay, up to CNY 30,000.

5. FEES AND PAYMENT

5.1 At the Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are set out in Schedule 2. The total fees for the term are CNY 742,000, being three annual subscription fees of CNY 236,000 and a one-time integration fee of CNY 34,000.
5.2 The annual subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days. The integration fee is invoiced after the Integration Acceptance Certificate.
5.3 Calls above the annual allowance are charged as set out in Schedule 2 and invoiced quarterly in arrears.
5.4 Invoices shall be issued through Pesaverde's appointed agent in Dalian so that the Customer receives valid Chinese VAT invoices.

6. SERVICE LEVELS

6.1 Pesaverde shall make the production API available at least 99.97% of the time in each calendar month, excluding maintenance announced five days in advance and performed between 02:00 and 05:00 China time.
6.2 Priority 1 incidents (the production API is unavailable or returns wrong results for all Calls) shall receive a response within 30 minutes at any hour, with restoration within 3 hours. Priority 2 incidents shall receive a response within 2 hours.
6.3 If availability or a Priority 1 time is missed, Pesaverde shall grant the service credits in Schedule 1 against the next invoice.
6.4 Pesaverde shall send the Customer a monthly report with availability, response times, incidents, Call volumes and the rule changes made during the month, and shall keep a status page showing the current state of the production API.
6.5 Support is provided by e-mail, telephone and ticket in English and Chinese. A named technical account manager shall attend a quarterly review with the Customer's platform team.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. Pesaverde shall process it only to provide the API to the Customer and shall not use it for any other purpose.
7.2 The production API for the Customer runs in a data centre in Shanghai operated by Pesaverde's hosting provider, which is approved by signature of this Agreement. Customer Data shall not be transferred outside mainland China.
7.3 Pesaverde shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for 180 days, and delete Customer Data 90 days after each Call unless the Customer asks for longer retention.
7.4 Pesaverde shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate with the Customer and the authorities, and be responsible for losses caused by its breach of this clause.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by equal obligations. This clause survives the end of the Agreement for three years.

9. INTELLECTUAL PROPERTY

9.1 Pesaverde retains all rights in the API, its rule engine and its documentation.
9.2 The Adapters written for the Customer belong to the Customer, which may use, modify and license them freely. Pesaverde shall deliver their source code with the Integration Acceptance Certificate.

10. SUBCONTRACTING

10.1 Apart from the hosting provider in clause 7.2, Pesaverde shall not subcontract any part of the Service without the Customer's prior written consent.

11. LIABILITY

11.1 Pesaverde's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.
11.2 Neither party is liable for loss of profit, loss of business or indirect loss.
11.3 The limits in this clause do not apply to wilful misconduct.

12. DURATION AND TERMINATION

12.1 This Agreement may not be terminated before the end of the third Subscription Year, except by either party if the other becomes insolvent or ceases business.
12.2 The Customer shall have no right to terminate this Agreement for breach by Pesaverde, however serious. The Customer's remedies for any breach by Pesaverde are the service credits in Schedule 1 and damages subject to clause 11.
12.3 At the end of the Agreement Pesaverde shall return or delete the Customer Data as the Customer instructs.

13. GOVERNING LAW AND ARBITRATION

13.1 This Agreement is governed by the laws of Italy.
13.2 Any dispute shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language is English.

14. GENERAL

14.1 Neither party may assign this Agreement without the other's written consent.
14.2 Amendments must be in writing and signed by both parties.
14.3 This Agreement is signed in two originals in English.

SCHEDULE 1 - RULES, SERVICE LEVELS AND CREDITS

Rules checked: weighing method 1 or method 2 declared; weighbridge or scale listed in the calibration register with a valid calibration date; signature of an authorised person of the shipper; declared weight within the container's maximum gross mass; declaration received before the carrier's cut-off; consistency between booking, certificate and container number.

Service credits: availability below 99.97% in a month - 5% of one twelfth of the annual subscription fee; below 99.5% - 10%; each Priority 1 response or restoration time missed - CNY 800.

SCHEDULE 2 - FEES

Annual subscription fee (up to 1,200,000 Calls per Subscription Year): CNY 236,000 per Subscription Year.
One-time integration fee (test environment, Adapters, acceptance support): CNY 34,000.
Total fees for the term: CNY 742,000.
Additional Calls above the allowance: CNY 0.18 per Call.

SIGNATURES

For Pesaverde S.r.l.: ____________________   Date: __________
For Dalian Harbour Link Logistics Platform Co., Ltd.: ____________________   Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

# price sums (asserted): every itemised figure in the texts
assert 1_186_000 + 642_000 + 158_000 + 94_000 == 2_080_000                                  # z01
assert 416_000 + 936_000 + 728_000 == 2_080_000                                             # z01 20/45/35
assert 372_000 + 382_500 + 95_200 + 57_600 + 268_000 == 1_175_300                           # z02 软硬件小计
assert 2 * 186_000 == 372_000 and 9 * 42_500 == 382_500 and 4 * 23_800 == 95_200 and 6 * 9_600 == 57_600
assert 1_175_300 + 236_000 + 148_700 + 40_000 == 1_600_000                                  # z02
assert 160_000 + 560_000 + 800_000 + 80_000 == 1_600_000                                    # z02 10/35/50/5
assert 70 * 4_680 == 327_600 and 327_600 + 46_000 == 373_600 and 3 * 373_600 == 1_120_800   # z03
assert 1_120_800 + 86_000 == 1_206_800
assert 186 * 2_400 == 446_400 and 62 * 1_900 == 117_800 and 95 * 1_100 == 104_500 and 3 * 96_000 == 288_000
assert 446_400 + 117_800 + 104_500 + 88_000 + 135_000 + 288_000 == 1_179_700                # z04
assert 456_000 + 318_000 + 86_000 + 20_000 == 880_000                                       # z05
assert 484_000 + 396_000 == 880_000 and 0.20 * 456_000 == 91_200                            # z05 55/45, 20 %
assert 6 * 148_000 == 888_000 and 2 * 126_500 == 253_000 and 888_000 + 253_000 == 1_141_000  # e01
assert 1_141_000 + 46_000 + 38_000 == 1_225_000
assert 245_000 + 551_250 + 428_750 == 1_225_000 and round(0.24 * 1_141_000) == 273_840      # e01 20/45/35
assert 2 * (168_000 + 24_000) + 58_000 + 12_000 == 454_000 and 58_000 + 12_000 + 192_000 == 262_000  # e02
assert 8 * 38_600 + 64 * 3_150 + 24 * 2_400 + 4 * 16_500 + 132_000 == 766_000               # e03
assert 766_000 + 94_000 + 48_000 + 12_000 == 920_000 and 92_000 + 506_000 + 322_000 == 920_000
assert round(0.08 * 766_000) == 61_280
assert 36 * 31_500 + 72_000 == 1_206_000                                                   # e04
assert 3 * 236_000 + 34_000 == 742_000                                                     # e05


def terms(**kw):
    d = {k: kw[k] for k in TERM_KEYS}
    assert set(kw) == set(TERM_KEYS), set(kw) ^ set(TERM_KEYS)
    return d


C = {}  # key -> spec
C["h364z01"] = dict(
    name="h364z01_market_regulation_special_equipment_platform.pdf", fmt="pdf", src=Z01, language="zh",
    category="software", fee_base=1_186_000, forum_outside=False,
    terms=terms(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                liability_cap_pct=200, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                warranty_months=36, post_warranty_fee_pct=10, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=2_080_000),
    rules=[])
C["h364z02"] = dict(
    name="h364z02_brewery_brewhouse_control_retrofit.docx", fmt="docx", src=Z02, language="zh",
    category="hardware", fee_base=1_175_300, forum_outside=False,
    terms=terms(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
                liability_cap_pct=None, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
                warranty_months=24, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=False,
               contract_value=1_600_000),
    rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE"])
C["h364z03"] = dict(
    name="h364z03_hair_salon_chain_booking_saas.txt", fmt="txt", src=Z03, language="zh",
    category="cloud", fee_base=None, forum_outside=False,
    terms=terms(availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=False, confidentiality=True,
                ld_rate_per_day_pct=1_500 / 1_206_800 * 100, liability_cap_pct=150, prepayment_pct=None,
                acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
                subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1_206_800),
    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
C["h364z04"] = dict(
    name="h364z04_traffic_police_e_police_annual_maintenance.txt", fmt="txt", src=Z04, language="zh",
    category="services", fee_base=None, forum_outside=False,
    terms=terms(availability_pct=None, p1_response_hours=6, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
                governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1_179_700),
    rules=["CR-SLA-RESPONSE", "CR-SUBCONTRACT"])
C["h364z05"] = dict(
    name="h364z05_beef_jerky_qms_supplier_template.md", fmt="md", src=Z05, language="zh",
    category="software", fee_base=456_000, forum_outside=False,
    terms=terms(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier",
                data_security_clause=False, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=None,
                liability_cap_pct=456_000 / 880_000 * 100, prepayment_pct=55, acceptance_clause=False,
                final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=20,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=None,
                governing_law=None, contract_kind="goods_or_licence"),
    extra=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
               contract_value=880_000),
    rules=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
           "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
           "CR-WARRANTY"])
C["h364e01"] = dict(
    name="h364e01_porcelain_studio_mould_software_licences.pdf", fmt="pdf", src=E01, language="en",
    category="software", fee_base=1_141_000, forum_outside=False,
    terms=terms(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                warranty_months=18, post_warranty_fee_pct=24, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1_225_000),
    rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"])
C["h364e02"] = dict(
    name="h364e02_diving_boats_booking_saas_order_form.md", fmt="md", src=E02, language="en",
    category="cloud", fee_base=None, forum_outside=True,
    terms=terms(availability_pct=99.98, p1_response_hours=1, sla_remedy=False, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=300 / 454_000 * 100, liability_cap_pct=200,
                prepayment_pct=262_000 / 454_000 * 100, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="Germany",
                contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=454_000),
    rules=["CR-GOVERNING-LAW", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY"])
C["h364e03"] = dict(
    name="h364e03_kiwifruit_orchard_weather_sensors.docx", fmt="docx", src=E03, language="en",
    category="hardware", fee_base=766_000, forum_outside=False,
    terms=terms(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
                warranty_months=36, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=920_000),
    rules=[])
C["h364e04"] = dict(
    name="h364e04_tea_packing_plant_managed_wifi.md", fmt="md", src=E04, language="en",
    category="services", fee_base=None, forum_outside=True,
    terms=terms(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=900 / 1_206_000 * 100, liability_cap_pct=150, prepayment_pct=None,
                acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                subcontract_without_consent=False, governing_law="Spain", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1_206_000),
    rules=["CR-GOVERNING-LAW"])
C["h364e05"] = dict(
    name="h364e05_port_logistics_vgm_check_api.txt", fmt="txt", src=E05, language="en",
    category="cloud", fee_base=None, forum_outside=True,
    terms=terms(availability_pct=99.97, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                ld_rate_per_day_pct=600 / 742_000 * 100, liability_cap_pct=round(6 / 36 * 100, 4),
                prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=False, subcontract_without_consent=False, governing_law="Italy",
                contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=742_000),
    rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-TERMINATION"])

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(spec):
    """policy §4: horizon 5 y from acceptance; value = purchase + implementation; fee on the itemised base."""
    t, x = spec["terms"], spec["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get(
            "post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * spec["fee_base"] * years
    total = x["contract_value"] + fees
    return dict(years=years, annual=t["post_warranty_fee_pct"] / 100 * spec["fee_base"], fees=fees, total=total,
                share=fees / total * 100)


def derive_rules(spec):
    """My reading of policy §3, from the labels (a consistency check of the hand-listed rules, not project code)."""
    t, x = spec["terms"], spec["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or spec["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    tc = tco(spec)
    if tc and tc["share"] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def off_thresholds(spec):
    t = spec["terms"]
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
              ("post_warranty_fee_pct", 15)]
    for k, thr in checks:
        v = t[k]
        assert v is None or abs(v - thr) > 1e-6 * max(1, thr) and abs(v - thr) >= 0.005, (spec["name"], k, v)
    tc = tco(spec)
    assert tc is None or abs(tc["share"] - 40) > 1, (spec["name"], tc)


# ----------------------------------------------------------------------------------------------------------------
# threshold figures: none may appear in any text
# ----------------------------------------------------------------------------------------------------------------
ZN = "一二三四五六七八九十百千零〇两"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    # availability 99.9
    r"(?<![\d.])99\.90*(?![\d])", r"百分之九十九点九(?![\d" + ZN + "])",
    # P1 response 4 hours / 240 minutes
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|个?\s*小时)", r"(?<![" + ZN + r"])四\s*个?\s*小时",
    r"\bfour[\s-]*hours?\b", r"(?<![\d.])240\s*(?:minutes?|min|分钟)", r"二百四十分钟",
    # delay damages 0.05 % per day
    r"(?<![\d.])0\.050*" + PCT, r"万分之五(?![\d" + ZN + "])", r"百分之零点零五(?![\d" + ZN + "])",
    r"千分之零点五", r"0\.5\s*‰",
    # liability cap 100 %
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![\d" + ZN + "])", r"\bone\s+hundred\s+per\s*cent",
    # prepayment 30 %, TCO share 40 %, post-warranty fee 15 %
    r"(?<![\d.])(?:30|40|15)(?:\.0+)?" + PCT, r"百分之(?:三十|四十|十五)(?![\d" + ZN + "点])", r"(?<![" + ZN + "])[三四]成",
    r"\b(?:thirty|forty|fifteen)\s+per\s*cent",
    # warranty 12 months / one year
    r"(?<![\d.])12\s*-?\s*(?:months?|个月|月)", r"(?<![" + ZN + r"])十二\s*个?月", r"\btwelve[\s-]*months?\b",
    r"(?<![\d.])1\s*-?\s*(?:years?\b|年)", r"\bone[\s-]+years?\b", r"(?<![" + ZN + "])一\s*年",
    # 5 years / 60 months
    r"(?<![\d.])5\s*-?\s*(?:years?\b|年)", r"\bfive[\s-]+years?\b", r"(?<![" + ZN + "])五\s*年",
    r"(?<![\d.])60\s*-?\s*(?:months?|个月)", r"\bsixty[\s-]+months?\b", r"六十\s*个?月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


MUST_HIT = ["4小时", "四小时", "4 个小时", "4 hours", "four hours", "4-hour", "240分钟", "240 minutes", "99.9%",
            "99.90%", "百分之九十九点九", "0.05%", "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百",
            "30%", "40%", "15%", "百分之三十", "百分之四十", "百分之十五", "三成", "12个月", "十二个月", "12 months",
            "twelve months", "一年", "第一年", "one year", "1 year", "5年", "五年", "5 years", "five years",
            "60个月", "60 months", "六十个月", "fifteen per cent"]
MUST_NOT = ["24小时", "二十四小时", "24 hours", "14 hours", "48 hours", "99.95%", "99.97%", "99.5%", "115%",
            "0.15%", "0.45%", "0.045元", "四十二个月", "三十六个月", "二十四个月", "2025年", "2026年", "36 months",
            "18 months", "万分之八", "万分之二", "1.5倍", "45%", "35%", "150%", "十一年", "三年", "three years",
            "Subscription Year", "一个服务年度", "60 days", "十五日", "百分之三十五", "4,680", "1,240,000"]
for s_ in MUST_HIT:
    assert threshold_hits(s_), ("regex self-test should hit", s_)
for s_ in MUST_NOT:
    assert not threshold_hits(s_), ("regex self-test should not hit", s_, threshold_hits(s_))


# ----------------------------------------------------------------------------------------------------------------
# build, read back, check, label
# ----------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(key, spec):
    lab = {"file": spec["name"], "language": spec["language"], "category": spec["category"],
           "expected_terms": spec["terms"], "expected_extra": {}, "expected_rules": sorted(spec["rules"])}
    x = spec["extra"]
    order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery", "contract_value"]
    for k in order:
        if k in x:
            lab["expected_extra"][k] = x[k]
    assert ("post_warranty_fee_capped" in x) == (spec["terms"]["contract_kind"] == "goods_or_licence"), key
    return lab


def main():
    sources, targets = {}, {}
    for key, spec in C.items():
        assert spec["name"].startswith(key + "_")
        if spec["fmt"] in ("docx", "pdf"):
            sources[key] = spec["src"]
            targets[key] = (spec["name"], spec["fmt"])
        else:
            (OUT / spec["name"]).write_text(spec["src"].lstrip("\n"), encoding="utf-8")
            print("wrote", spec["name"])
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, spec in C.items():
        path = OUT / spec["name"]
        text = read_back(path)
        n = len(text) if spec["language"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if spec["language"] == "zh" else (1500, 1700)
        unit = "chars" if spec["language"] == "zh" else "words"
        assert lo <= n <= hi, (spec["name"], n, unit)
        hits = threshold_hits(text) + threshold_hits(spec["src"])
        assert not hits, (spec["name"], sorted(set(hits)))
        off_thresholds(spec)
        derived = derive_rules(spec)
        assert derived == sorted(spec["rules"]), (spec["name"], derived, spec["rules"])
        covered |= set(derived)
        lab = label(key, spec)
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        tc = tco(spec)
        tcs = "" if tc is None else "  TCO %.0f, post-warranty %.0f, share %.2f %%" % (tc["total"], tc["fees"],
                                                                                      tc["share"])
        print("%-58s %5d %-5s risk %-6s %s%s" % (spec["name"], n, unit, risk(derived),
                                                ", ".join(r[3:] for r in derived) or "(none)", tcs))
    assert covered == set(SEVERITY), set(SEVERITY) - covered
    mix = sorted(len(s["rules"]) for s in C.values())
    print("every one of the 20 CR rules fires at least once; findings per contract:", mix)


if __name__ == "__main__":
    main()
