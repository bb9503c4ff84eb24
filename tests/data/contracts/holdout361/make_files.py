"""holdout361: ten ordinary draft contracts (5 zh, 5 en) with their labels. Run from this folder:
/work/main/.venv/bin/python -B make_files.py"""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

H361Z01 = """T:青川市人民防空警报器监控平台建设项目采购合同
P:合同编号：QCRF-2025-ZB017    采购方式：公开招标    招标编号：QCZC2025-G-0463
P:甲方（采购人）：青川市人民防空办公室    地址：青川市滨江东路88号
P:乙方（中标供应商）：杭州声远智联科技有限公司    地址：杭州市余杭区文一西路1217号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青川市人民防空警报器监控平台建设项目的采购事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责在甲方指定的40个警报点位安装多媒体电声警报器及终端控制器，建设市级警报器监控平台，实现对全市警报器的远程鸣放控制、状态巡检、故障告警和试鸣记录管理，并与市应急广播系统及GIS地图平台对接。
P:1.2 本项目为交钥匙工程，乙方提供的设备、软件、安装、调试、对接开发、培训及质保期内服务均包含在合同总价内。
H:第二条 合同价款
P:2.1 合同总价为人民币3,420,000元（大写：叁佰肆拾贰万元整），为固定总价，含税及运输、保险、安装等全部费用。分项价格如下：
P:序号  项目  数量  单价（元）  金额（元）
P:1  多媒体电声警报器（600W）  40台  46,500  1,860,000
P:2  警报终端控制器（含北斗授时模块）  40套  8,200  328,000
P:3  警报器监控平台软件许可（永久）  1套  420,000  420,000
P:4  平台服务器及网络安全设备  1批  236,000  236,000
P:软硬件小计    2,844,000
P:5  应急广播及GIS平台对接定制开发  1项  318,000  318,000
P:6  安装调试（含点位基础及接地改造）  1项  226,000  226,000
P:7  操作及维护培训  1项  32,000  32,000
P:合计    3,420,000
P:2.2 除本合同另有约定外，甲方不再承担其他费用。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，即684,000元。
P:3.2 全部设备到货并安装完毕、经甲方签收后，甲方支付合同总价的55%，即1,881,000元。到货签收仅确认数量与外观，不代表质量验收。
P:3.3 项目通过终验后20个工作日内，甲方支付合同总价的25%，即855,000元。
P:3.4 付款资金来源为财政资金，甲方按国库集中支付程序办理，乙方应予配合。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成全部设备的供货、安装和平台部署，并具备试运行条件。
P:4.2 乙方应提前5个工作日通知甲方到货时间，点位进场施工须服从甲方及产权单位的安全管理。
H:第五条 验收
P:5.1 试运行期为30日。试运行期满且满足下列条件的，乙方可书面申请终验：（1）设备型号、数量与投标文件一致；（2）40个点位全部完成联网，平台可单点、分区及全域鸣放控制，指令下达至警报器鸣响不超过10秒；（3）警报器声压级经第三方检测达到招标文件技术要求；（4）与应急广播系统及GIS平台的接口联调通过；（5）试运行期间未发生一级故障；（6）竣工资料及操作手册齐全。
P:5.2 终验由甲方组织专家进行，验收合格的，双方签署终验报告。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
P:5.3 设备签收、平台上线或甲方使用，均不视为终验合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级和每季度一次的全点位巡检。
P:6.2 故障分级及响应：一级故障（平台瘫痪、警报器无法受控鸣放或三个以上点位离线）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单点离线或功能异常）应在2小时内响应，24小时内修复。
P:6.3 乙方超过上述时限的，每超时1小时扣减履约保证金或应付款500元；一级故障超过8小时仍未恢复的，每次另扣5,000元。
P:6.4 质保期满后，甲方如需续购维保服务，年度维保费不超过软硬件小计的8%，即每年不超过227,520元，该价格在质保期满后的两个年度内固定不变。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、平台配置、报表及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
P:7.2 平台软件及设备内嵌软件的知识产权归原权利人，甲方在本项目范围内享有永久使用权。乙方保证所供产品不侵犯第三方权利。
H:第八条 数据安全
P:8.1 警报点位坐标、设备运行日志、鸣放记录及平台内的全部数据属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方应按网络安全等级保护第三级要求部署平台，落实访问控制、操作审计和数据加密措施，远程维护须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的人防工程信息、警报点位布局、系统口令及甲方其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而免除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成安装部署的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方所供设备不符合合同约定的，应无条件更换，并承担由此产生的费用和甲方损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十一条 分包与转包
P:11.1 乙方不得转包本项目。点位基础施工确需分包的，应事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方有重大违约行为，经甲方书面通知后15日内未予纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:13.2 争议处理期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青川市人民防空办公室        乙方（盖章）：杭州声远智联科技有限公司
P:法定代表人或授权代表：__________        法定代表人或授权代表：__________
P:签订日期：2025年__月__日
"""

H361Z02 = """T:1450mm冷轧机控制系统改造项目合同书
P:合同编号：DSBX-SB-2025-0392
P:甲方：福宁鼎晟不锈钢有限公司（以下简称甲方）
P:乙方：上海铂川自动化工程有限公司（以下简称乙方）
P:鉴于甲方1450mm二十辊可逆冷轧机现有控制系统已运行多年，备件停产，厚度控制精度不能满足高端精密带钢的生产要求，甲方经邀请招标确定乙方承担该机组控制系统的改造。双方经友好协商，订立本合同，共同遵守。
H:一、改造范围
P:（一）乙方负责冷轧机基础自动化（PLC）、主传动变频装置、人机界面及工程师站、厚度自动控制（AGC）模型、工业网络的设计、供货、编程、安装、调试及投运。
P:（二）改造须在甲方安排的年度检修停机窗口内完成，停机改造时间不得超过18日，旧系统拆除物资归甲方。
H:二、合同价格
P:（一）合同总价为人民币4,030,000元，含税，为固定价格。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（主站及远程IO站）|6面|1,120,000
TB:2|主传动变频装置（含整流回馈单元）|1套|1,460,000
TB:3|HMI画面及工程师站（含软件许可）|4套|268,000
TB:4|AGC厚度控制模型软件许可|1套|392,000
TB:5|工业以太网及光纤环网设备|1批|140,000
TB:|软硬件小计||3,380,000
TB:6|系统集成、编程与调试|1项|412,000
TB:7|停机改造施工（拆旧、敷缆、接线）|1项|196,000
TB:8|操作及维护人员培训|1项|42,000
TB:|合计||4,030,000
P:（二）上述价格已包括设备运至甲方厂区的运输、保险及现场服务人员的全部费用。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即403,000元。
P:（二）全部设备到达甲方现场并经开箱清点后，甲方支付合同总价的60%，即2,418,000元。开箱清点不构成质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的25%，即1,007,500元。
P:（四）余款5%即201,500元作为质量保证金，质保期满且无未决质量问题后支付。
H:四、工期
P:（一）设备应于合同生效后75日内到货；停机改造在甲方检修窗口内完成，具体日期由甲方提前20日书面通知。
P:（二）乙方逾期到货或停机改造超期的，每逾期一日按合同总价的万分之八向甲方支付违约金。
H:五、验收
P:（一）热负荷试车后进入考核期，考核期为连续45日。考核指标为：成品厚度偏差在±1.2微米以内的带钢长度比例不低于98%；最高轧制速度达到每分钟900米；全线控制系统无一级故障；全部联锁及急停回路测试合格。
P:（二）考核指标全部达到的，双方签署最终验收证书；未达到的，乙方负责整改并重新考核，费用由乙方承担。
P:（三）投运、试车或甲方生产使用均不视为验收合格。
H:六、质量保证与维保服务
P:（一）质保期为十五个月，自最终验收之日起计算。质保期内乙方免费维修或更换故障部件，并对AGC模型进行参数优化。
P:（二）故障响应：一级故障（轧机停机或断带）乙方应在30分钟内电话响应，3小时内派工程师到达现场；二级故障应在2小时内响应，次日到场。乙方每超时1小时，向甲方支付1,000元。
P:（三）质保期满后，乙方提供驻场维保服务，包括一名常驻工程师、备件储备、季度点检和模型维护。年度维保费按软硬件小计的25%计取，即每年845,000元，在质保期满后的合同服务期内不作调整。
P:（四）维保服务按年度签署服务确认单，维保费于每个服务年度结束后支付。
H:七、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、联锁逻辑、AGC模型参数及相关技术文档，知识产权归甲方所有，乙方应交付完整的源程序，甲方有权自行修改或委托他人维护。
P:（二）AGC模型软件及HMI软件本身的知识产权归其原权利人，甲方享有永久使用许可。
H:八、数据安全
P:（一）轧制工艺参数、生产实绩数据、设备运行数据均属甲方所有，乙方不得拷贝出厂或用于其他用户。
P:（二）乙方远程诊断须经甲方审批，通过工业防火墙和堡垒机接入，全程记录操作日志；乙方人员使用的移动介质须经甲方查毒登记。
P:（三）因乙方原因造成数据泄露、控制系统被入侵或生产事故的，乙方应在1小时内报告甲方并承担全部赔偿责任。
H:九、保密
P:乙方对在甲方厂区知悉的工艺配方、产品规格、客户信息及其他商业秘密负有保密义务，未经甲方书面许可不得向任何第三方透露，保密义务在合同终止后三年内继续有效。
H:十、责任限额
P:乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因乙方故意、重大过失或第八条数据安全事故造成的损失不受此限。
H:十一、分包
P:除电缆敷设等辅助施工外，乙方不得分包；辅助施工的分包单位须经甲方书面同意。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交福州仲裁委员会仲裁。
H:十四、安全生产与现场管理
P:（一）乙方进入甲方厂区作业，须遵守甲方安全生产、动火作业、高处作业和受限空间作业管理制度，作业人员须经甲方安全培训并考试合格后方可上岗。
P:（二）停机改造期间，乙方应指定一名现场项目经理和一名专职安全员，每日参加甲方检修协调会，汇报进度和安全情况。
P:（三）因乙方违反安全管理规定造成人身伤害或设备损坏的，由乙方承担全部责任。
H:十五、技术资料交付
P:（一）乙方应在最终验收前向甲方交付电气原理图、端子接线图、网络拓扑图、PLC及HMI源程序、参数清单、备件清单、操作维护手册，纸质版三套，电子版一套。
P:（二）技术资料须为中文，内容应与现场实际一致；资料不全的，甲方有权暂缓签署最终验收证书。
H:十六、不可抗力
P:因地震、洪水、疫情等不可抗力导致不能按期履行的，受影响方应及时书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商处理。
H:十七、通知
P:本合同项下的通知应以书面形式送达双方在首页所列地址，或发送至双方项目负责人的电子邮箱，以到达对方之日为送达日。
P:乙方变更项目负责人、联系人或联系方式的，应提前5个工作日书面通知甲方；未通知的，按原地址送达即视为有效送达。
H:十八、廉洁从业
P:乙方不得向甲方工作人员提供回扣、礼品、宴请或其他不正当利益；一经查实，甲方有权解除合同，并将乙方列入甲方供应商黑名单。
H:十九、其他
P:（一）本合同附件包括：技术规格书、设备清单、改造实施方案、停机改造进度计划、考核方案，附件与本合同具有同等效力。
P:（二）本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:（三）本合同一式四份，双方各执两份，自双方授权代表签字并加盖公章后生效。
P:甲方：福宁鼎晟不锈钢有限公司（盖章）    乙方：上海铂川自动化工程有限公司（盖章）
P:授权代表：__________    授权代表：__________
P:日期：2025年__月__日
"""

H361Z03 = """怀仁堂中医门诊连锁挂号及药房管理云服务合同

合同编号：YX-SaaS-2025-1186

甲方：杭州怀仁堂中医门诊连锁有限公司
住所：杭州市拱墅区莫干山路368号
乙方：成都云杏医疗科技有限公司
住所：成都市高新区天府大道中段1268号

甲方在杭州、湖州、嘉兴三地经营中医门诊部共14家，拟统一使用乙方提供的"云杏中医馆"云平台开展预约挂号、诊间开方、中药饮片及颗粒剂药房管理、代煎配送和会员服务。乙方同意按本合同提供平台订阅服务及实施服务。经双方协商一致，订立本合同。

第一条 服务内容
（1）平台订阅服务：乙方向甲方14家门诊部开通挂号、排班、诊间电子病历、处方、药房库存、代煎配送及会员模块，每家门诊部含20个医护账号和4个药房账号。
（2）实施服务：包括门诊部及医生排班数据初始化、甲方协定方和经验方模板的录入、药房饮片目录与库存初始化、与杭州市医保结算接口及代煎中心系统的对接、上线支持。
（3）培训：对甲方医生、药师、前台人员分批进行操作培训，每家门诊部不少于两场。

第二条 服务期限
（1）订阅服务期为三个服务年度，自上线验收合格之日起算。
（2）实施服务应在合同签订后60日内完成，具备上线验收条件。

第三条 费用
（1）订阅费：每家门诊部每个服务年度18,600元，14家合计每个服务年度260,400元，三个服务年度合计781,200元。
（2）实施费：168,000元；培训费：24,000元。
（3）合同总价为973,200元（含税）。短信通知费按实际条数另行结算，不计入合同总价。
（4）服务期内甲方新增门诊部的，按每家每个服务年度18,600元的标准按月折算增加订阅费。

第四条 付款
（1）实施费和培训费在上线验收合格后15个工作日内一次性支付。
（2）每个服务年度的订阅费，在该服务年度开始后15个工作日内支付。
（3）乙方应在甲方付款前开具合法有效的增值税专用发票。

第五条 上线验收
（1）实施完成后，乙方提交上线验收申请。验收标准为：14家门诊部挂号、就诊、开方、收费、发药流程全部贯通；药房库存与甲方盘点结果一致；医保结算接口联调通过并完成真实结算测试；代煎订单可自动推送至代煎中心；试运行连续10个营业日未出现导致门诊停诊的故障。
（2）甲方在收到申请后10个工作日内组织验收，合格的签署上线验收单；不合格的，乙方应在10日内整改后重新申请。
（3）开通账号或甲方试用均不视为验收合格。

第六条 服务保障
（1）乙方将尽合理努力保障平台稳定运行，定期进行系统升级和维护，维护前将通过平台公告通知甲方。
（2）甲方使用中遇到问题可通过乙方客服热线、在线工单提交，乙方安排专人跟进处理。
（3）乙方为甲方指定一名客户成功经理，负责日常沟通与需求收集。

第七条 数据归属与数据安全
（1）甲方及其患者在平台中产生的全部数据，包括患者身份信息、病历、处方和药房数据，归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的，也不得向第三方提供。
（2）乙方应将数据存储于中国境内的数据中心，平台须通过网络安全等级保护第三级测评；对患者个人信息进行加密存储和传输，实行最小权限访问，并保留访问日志不少于六个月。
（3）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方，配合甲方向主管部门报告，并承担因其原因给甲方及患者造成的全部损失。
（4）合同终止后30日内，乙方应按甲方要求以通用格式完整导出并移交数据，移交完成后彻底删除，并出具书面删除证明。

第八条 保密
（1）双方对因本合同知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得披露。
（2）本条义务在合同终止后继续有效三年。

第九条 知识产权
（1）平台软件的知识产权归乙方所有。
（2）乙方为甲方录入和定制的协定方模板、经验方库、报表格式及医保对接配置，归甲方所有，甲方可在合同终止后自由使用和修改。

第十条 续约
（1）服务期满前30日内任何一方未书面提出不续约的，本合同自动续展一个服务年度，续展次数不限。
（2）续展期间，乙方有权根据成本变化上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续展前通知甲方调整后的价格。

第十一条 违约责任
（1）乙方未能在约定期限内具备上线验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付滞纳金。
（3）任何一方违约给对方造成损失的，应予赔偿。

第十二条 分包
乙方不得将本合同项下的实施工作分包给第三方，确需分包的，应事先取得甲方的书面同意。

第十三条 合同解除
（1）一方严重违约，经另一方书面通知后30日内仍未纠正的，守约方有权解除合同。
（2）甲方依前款解除合同的，乙方应按未使用的服务期退还已付订阅费。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交杭州仲裁委员会按其仲裁规则仲裁。

第十五条 双方人员与配合
（1）乙方应指定一名实施项目经理，负责实施计划、需求确认和上线组织，实施期间未经甲方同意不得更换。
（2）甲方应指定一名项目联络人，及时提供门诊部基础资料、医生排班、协定方和药品目录，并组织人员参加培训和验收。
（3）双方每周召开一次实施例会，形成会议纪要，由双方项目负责人确认。

第十六条 服务变更与新增需求
（1）甲方提出超出本合同范围的新增功能或报表需求的，双方另行评估工作量并签订补充协议。
（2）乙方对平台进行影响甲方业务流程的版本变更，应至少提前15日通知甲方，并提供培训资料。

第十七条 不可抗力
因不可抗力致使一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明；双方根据不可抗力的影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。

第十八条 通知
双方的通知以书面形式发送至本合同首页地址或双方指定的电子邮箱，电子邮件发出后次日视为送达。

第十九条 其他
（1）本合同附件包括：服务功能清单、实施计划、数据迁移方案及上线验收单模板，附件与本合同具有同等效力。
（2）乙方向甲方提供的平台操作手册、医保接口说明和数据字典应为中文版本，并随版本升级及时更新。
（3）本合同未尽事宜，由双方协商签订书面补充协议。
（4）甲方门诊部名称、地址或执业许可发生变更的，应及时通知乙方，乙方应在5个工作日内完成平台信息调整，不另收费。
（5）乙方应协助甲方应对卫生健康、医疗保障等主管部门的检查，按要求提供平台操作日志和接口记录。
（6）本合同一式两份，双方各执一份，经双方盖章后生效。

甲方（盖章）：杭州怀仁堂中医门诊连锁有限公司
授权代表：
乙方（盖章）：成都云杏医疗科技有限公司
授权代表：
签订日期：2025年  月  日
"""

H361Z04 = """临江市12345政务服务便民热线系统运维服务合同

项目编号：LJCG-2025-CS-0219（竞争性磋商）
采购人（甲方）：临江市政务服务中心
地址：临江市人民大道501号市民中心B座
供应商（乙方）：江苏弘讯信息技术服务有限公司
地址：南京市建邺区江东中路359号

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就临江市12345政务服务便民热线系统运维服务事宜订立本合同。

1. 服务范围
1.1 乙方负责12345热线呼叫中心平台、工单系统、知识库、智能语音导航、录音质检系统及配套服务器、网络和录音设备的日常运行维护。
1.2 服务内容包括：驻场值守、日常巡检、故障处理、系统升级与补丁管理、等保测评问题整改、重大活动及节假日保障、月度运行报告。
1.3 服务期限自2025年7月1日起至2026年6月30日止。服务期满本合同自动终止，是否续签由甲方依法重新组织采购。

2. 服务费用
2.1 本合同总价为人民币1,216,000元（含税），由以下部分组成：驻场运维服务（5人）684,000元；平台软件运维296,000元；硬件设备维保158,000元；话务系统优化及应急保障78,000元。
2.2 上述价格为固定价格，包含乙方人员、交通、备件及工具等一切费用。

3. 付款
3.1 服务费按季度支付，每季度结束后，甲方根据季度考核结果在15个工作日内支付合同总价的25%，并扣除当季应扣款项。
3.2 本合同不设预付款。

4. 服务水平
4.1 呼叫中心平台及工单系统月可用率不低于99.95%，计划内维护须安排在凌晨1:00至5:00之间并提前3个工作日报甲方批准。
4.2 故障分为三级：
4.2.1 一级故障：热线整体中断、全部坐席无法接听或工单系统无法登录。乙方须在15分钟内响应，驻场人员立即到位，2小时内恢复服务。
4.2.2 二级故障：部分坐席或单一功能模块不可用。乙方须在30分钟内响应，8小时内恢复。
4.2.3 三级故障：不影响接听的一般问题，乙方须在2个工作日内解决。
4.3 每月5日前，乙方提交上月运行报告，列明可用率、故障处理及巡检情况。

5. 考核与扣款
5.1 一级故障响应或恢复超时的，每次扣减服务费2,000元；二级故障超时的，每次扣减500元。
5.2 月可用率低于承诺值的，每低0.01个百分点扣减服务费1,000元。
5.3 季度考核得分低于80分的，甲方有权约谈乙方并要求更换驻场人员。

6. 进场交接与验收
6.1 乙方应在服务期开始前完成与原运维单位的交接，交接清单、系统账号和文档经甲方确认。
6.2 服务期满，甲方根据全年运行报告、季度考核记录、等保整改完成情况和知识库更新情况组织终期验收，验收合格的出具验收意见。

7. 违约责任
7.1 乙方未按附件所列时间完成年度系统升级、等保测评问题整改或节假日保障准备的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
7.2 乙方驻场人员未经甲方同意擅自更换或缺岗的，每人每日扣减服务费800元。
7.3 因乙方原因导致热线中断并造成不良社会影响的，甲方有权要求乙方赔偿损失。

8. 数据安全
8.1 热线来电记录、录音、工单、市民个人信息及知识库数据均属甲方所有，乙方仅可在运维所需范围内接触，不得下载、复制、留存或向任何第三方提供。
8.2 乙方人员须签署安全承诺书，运维操作须在政务外网内通过堡垒机进行，全程审计；严禁将运维终端接入互联网。
8.3 发生数据泄露或网络安全事件的，乙方应在1小时内报告甲方，并按甲方要求处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

9. 保密
乙方对在服务过程中知悉的政务信息、系统配置和口令负有保密义务，未经甲方书面同意不得对外披露；本义务在合同终止后持续有效。

10. 知识产权
乙方在服务中编写的运维脚本、知识库条目、运行报告及技术文档归甲方所有。

11. 分包
11.1 乙方可将硬件设备的原厂返修、机房精密空调及UPS的巡检工作交由具备相应资质的第三方承担，但应提前5个工作日书面告知甲方。
11.2 乙方对第三方的工作质量负责。

12. 合同解除
12.1 乙方连续两个季度考核不合格，或发生严重违约经书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期结算费用。
12.2 乙方不得无故中止服务。

13. 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，依法向临江市人民法院提起诉讼。

14. 人员管理
14.1 乙方驻场团队由项目经理1名、系统工程师2名、网络及安全工程师1名、数据库工程师1名组成，人员名单及资格证书作为合同附件。
14.2 驻场人员应遵守甲方作息和考勤制度，节假日按甲方值班安排到岗；更换人员须提前10个工作日书面申请，经甲方同意后方可更换，新任人员资格不得低于原人员。
14.3 乙方应为驻场人员缴纳社会保险，并承担其工资、加班费等全部用工责任。

15. 重大活动保障
15.1 在重要会议、节假日及突发事件期间，乙方应按甲方通知增派保障人员，制定专项保障方案，并在活动前完成全面巡检和应急演练。
15.2 乙方应每半年组织一次系统故障应急演练，演练方案和总结报告报甲方备案。
15.3 乙方应建立运维知识库，对每一次故障的原因、处理过程和预防措施进行记录，每季度向甲方提交分析报告，并提出系统优化建议。

16. 履约保证金
16.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。
16.2 服务期满终期验收合格且无未结扣款的，甲方在20个工作日内无息退还履约保证金。

16.3 甲方有权从履约保证金中扣收乙方应付未付的扣款和违约金，扣收后乙方应在10个工作日内补足。

17. 不可抗力
因自然灾害、重大公共卫生事件等不可抗力导致服务中断的，乙方应立即启动应急预案，尽最大努力保障热线基本接听功能；受影响方应及时通知对方并尽力减少损失，双方按影响程度部分或全部免除责任。不可抗力消除后，乙方应在24小时内恢复全部服务。

18. 其他
18.1 磋商文件、响应文件及成交通知书为本合同的组成部分。本合同条款与上述文件不一致的，以本合同为准。
18.2 附件：运维服务内容清单、驻场人员名单、季度考核评分表、年度升级及等保整改计划表。
18.3 乙方应严格遵守政府采购廉洁规定，不得向甲方工作人员提供任何不正当利益；违反的，甲方有权解除合同并报财政部门处理。
18.4 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方：临江市政务服务中心（盖章）
代表人签字：
乙方：江苏弘讯信息技术服务有限公司（盖章）
代表人签字：
日期：2025年  月  日
"""

H361Z05 = """# 慧算ERP软件许可及实施服务合同

（慧算软件标准合同文本 V5.0）

合同编号：HS-ERP-2025-0758

**甲方（用户）**：广西桂平鼎香腐乳食品有限公司
**乙方（服务商）**：广州慧算软件有限公司

甲方为提升腐乳、豆制品生产的批次管理和财务业务一体化水平，决定采购乙方"慧算ERP"软件产品并委托乙方进行二次开发及实施。双方本着平等自愿的原则，就相关事宜达成如下协议。

## 第一条 定义

1.1 "软件产品"指乙方拥有著作权的慧算ERP标准软件，包括财务、供应链、生产制造、质量追溯四个模块。
1.2 "二次开发"指乙方根据甲方需求，在软件产品基础上开发的发酵批次追溯、腌制周期排产、经销商返利计算等功能。
1.3 "上线"指软件产品及二次开发功能在甲方生产环境部署完毕并开始处理业务。

## 第二条 合同价款

2.1 本合同总价为人民币1,140,000元，明细如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 慧算ERP软件许可 | 四个模块，40个并发用户，永久许可 | 560,000 |
| 2 | 二次开发 | 批次追溯、腌制排产、返利计算 | 410,000 |
| 3 | 实施服务 | 需求调研、配置、上线支持 | 138,000 |
| 4 | 数据初始化 | 物料、BOM、期初库存及余额导入 | 32,000 |
| | 合计 | | 1,140,000 |

2.2 甲方需另行采购的服务器、数据库及操作系统不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即570,000元。
3.2 系统上线后10个工作日内，甲方支付合同总价剩余的50%，即570,000元。
3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施工作。

## 第四条 实施

4.1 乙方按双方确认的实施计划开展工作，计划上线时间为合同签订后第120日。
4.2 因甲方需求变更、资料提供不及时或配合不到位导致延期的，上线时间相应顺延。
4.3 因乙方原因导致进度延误的，乙方应增派人员尽力追赶进度。

## 第五条 验收

5.1 系统上线试运行满10个工作日，甲方未以书面形式提出异议的，即视为验收合格。
5.2 甲方提前使用系统处理正式业务的，视为甲方已验收。

## 第六条 免费维护期

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持和程序错误修正。
6.2 故障响应：一级故障（系统无法登录或无法出入库）乙方在接到报告后8小时内响应；其他故障在3个工作日内响应。响应时间仅计算乙方工作时间（工作日9:00至18:00）。
6.3 乙方将尽力按上述时间处理故障，但不因响应或处理超时承担任何扣款、违约金或赔偿责任。

## 第七条 后续服务

7.1 免费维护期满后，甲方如需继续获得技术支持、版本升级和程序修正，应与乙方签订年度服务协议。
7.2 年度服务费按乙方当年度公布的服务价格标准执行。

## 第八条 知识产权

8.1 软件产品的著作权及其他知识产权归乙方所有。
8.2 二次开发形成的程序、源代码、数据模型及文档的知识产权归乙方所有，甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译。
8.3 乙方有权将二次开发成果纳入其标准产品向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。
9.2 乙方在实施和维护中接触甲方数据的，应采取账号分级授权、传输加密、操作留痕等安全措施，不得泄露；因乙方人员过错导致甲方数据泄露的，乙方承担相应赔偿责任。
9.3 甲方同意，乙方有权对甲方业务数据进行脱敏处理后，用于产品改进、行业分析和行业基准报告。

## 第十条 保密

双方对在合作中获知的对方商业秘密负有保密义务，保密期限为合同终止后两年。

## 第十一条 违约责任与责任限制

11.1 任何一方违反本合同约定的，应承担相应的违约责任。
11.2 乙方在本合同项下的累计赔偿责任，无论基于何种原因，均不超过合同总价的20%。
11.3 任何情况下，乙方不对甲方的间接损失、利润损失或数据损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除本合同。
12.2 合同解除的，甲方已支付的软件许可费不予退还。

## 第十三条 双方义务

13.1 甲方应指定项目负责人，按实施计划提供需求资料、基础数据和必要的办公条件，组织关键用户参加培训，并对乙方提交的需求说明书在5个工作日内书面确认。
13.2 甲方应自行负责服务器、数据库、网络等运行环境的采购和维护，并做好数据备份。因运行环境问题导致系统故障的，乙方不承担责任。
13.3 乙方应按实施计划完成软件安装、参数配置、二次开发、数据初始化和用户培训，并向甲方提交用户手册及系统管理员手册。
13.4 甲方关键用户应参加乙方组织的上线前培训，培训结束后由甲方自行负责对其他员工的培训。

## 第十四条 需求变更

14.1 需求说明书经甲方确认后，甲方提出的任何新增或变更需求，乙方有权按每人天2,800元的标准另行收费，并相应调整上线时间。
14.2 变更需求的工作量以乙方评估结果为准。
14.3 甲方要求乙方实施人员在非工作时间或节假日现场支持的，按上述人天标准的1.5倍另行计费，差旅费用由甲方据实承担。
14.4 甲方在上线后要求增加用户数的，按乙方当时的产品报价购买许可。

## 第十五条 不可抗力

因不可抗力导致合同不能履行的，受影响方不承担责任，但应及时通知对方。不可抗力包括但不限于自然灾害、政府行为、网络攻击、电力中断、第三方软件缺陷及乙方无法控制的其他事件。

## 第十六条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同未尽事宜，双方可另行签订补充协议。
17.2 本合同附件包括：功能清单、实施计划、需求说明书（经甲方确认后生效）。附件内容与本合同正文不一致的，以正文为准。
17.3 甲方同意乙方将甲方名称及项目情况作为成功案例用于乙方的市场宣传。
17.4 双方确认已充分阅读并理解本合同全部条款，乙方已就责任限制等条款向甲方作出说明。
17.5 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：广西桂平鼎香腐乳食品有限公司　　　授权代表：

乙方（盖章）：广州慧算软件有限公司　　　授权代表：

签订日期：2025年　月　日
"""

H361E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ADF-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Huangshan Jiaoshan Ink Stick Manufactory Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 27 Hongguan Road, Shexian County, Huangshan, Anhui Province (the "Customer"); and
P:(2) Adriform Software d.o.o., a company incorporated in the Republic of Croatia with its registered office at Obala bana Berislavica 12, 21220 Trogir, Croatia (the "Vendor").
P:Background: (A) The Customer makes traditional Huizhou ink sticks in carved wooden and metal moulds and wishes to move the design of new moulds and the restoration of historic patterns from hand drawing to a digital workflow. (B) The Vendor develops MouldCraft, a relief-modelling and mould-design software suite, and has agreed to license it to the Customer and to provide the related services on the terms below. (C) At the Customer's request all prices are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means MouldCraft Designer, the Relief Sculpt add-on and the CNC Post-processor, in the versions current at delivery, with their documentation.
P:1.2 "Pattern Library" means the digital library of the Customer's traditional ink-stick patterns, border designs and calligraphy inscriptions that the Vendor will build for the Customer under Article 3.
P:1.3 "Workstation" means a computer at the Customer's workshop in Shexian on which the Software is installed.
P:1.4 "Final Acceptance" means the Customer's signature of the acceptance certificate under Article 6.
P:1.5 "Severity 1 Defect" means a defect that prevents all licensed Workstations from opening models or from producing toolpaths for the Customer's CNC engraving machines.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the number of Workstations set out in Article 4 for the Customer's own business, including the design, restoration and manufacture of moulds and ink sticks.
P:2.2 The Customer may make backup copies and may move a licence from one Workstation to another after deactivation, without further fee.
P:2.3 The Customer shall not reverse engineer the Software except as permitted by mandatory law.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on six Workstations and connect the CNC Post-processor to the Customer's two CNC engraving machines.
P:3.2 The Vendor shall build the Pattern Library by scanning and modelling no fewer than 240 patterns chosen by the Customer from its archive of historic moulds, and shall convert 60 legacy drawing files into the Software's format.
P:3.3 The Vendor shall train up to twelve of the Customer's mould carvers and designers, in Chinese with interpretation supplied by the Vendor, in two sessions at the Customer's workshop.
P:3.4 The Vendor shall perform the services with qualified personnel and in accordance with the project plan agreed at the kick-off meeting.
H:Article 4 Prices
P:4.1 The prices are fixed and include all taxes, travel and expenses of the Vendor's personnel. They are as follows:
P:Item | Description | Quantity | Unit price (CNY) | Amount (CNY)
P:1 | MouldCraft Designer perpetual licence | 6 | 96,000 | 576,000
P:2 | Relief Sculpt add-on perpetual licence | 6 | 22,000 | 132,000
P:3 | CNC Post-processor perpetual licence | 2 | 31,000 | 62,000
P:Licence subtotal | | | | 770,000
P:4 | Installation, configuration and CNC connection | 1 | 26,000 | 26,000
P:5 | Pattern Library build and legacy file conversion | 1 | 118,000 | 118,000
P:6 | Training | 1 | 36,000 | 36,000
P:Contract Price | | | | 950,000
P:4.2 No other charges are payable for the scope described in Articles 2 and 3.
H:Article 5 Payment
P:5.1 The Customer shall pay twenty per cent (20%) of the Contract Price, CNY 190,000, within 15 days after signature of this Agreement against the Vendor's invoice.
P:5.2 The Customer shall pay forty-five per cent (45%) of the Contract Price, CNY 427,500, within 20 days after the Software is installed on all Workstations and the licence keys are delivered. Installation is not acceptance.
P:5.3 The Customer shall pay the balance of thirty-five per cent (35%), CNY 332,500, within 20 days after Final Acceptance.
P:5.4 Payments are made by bank transfer in CNY to the Vendor's account stated in its invoice. Bank charges outside China are borne by the Vendor.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation within 45 days and the Pattern Library within 120 days after signature.
P:6.2 After completing the services the Vendor shall notify the Customer that the system is ready for acceptance testing. The Customer shall test it within 15 working days against the following criteria: (a) the Software runs on all six Workstations and both CNC machines; (b) at least 240 patterns are in the Pattern Library, each modelled with a surface deviation of no more than 0.02 mm from the scan of the original mould; (c) three test moulds chosen by the Customer are engraved from toolpaths produced by the Software without manual correction; (d) the 60 legacy files open without loss of layers; (e) no Severity 1 Defect occurs during a trial period of ten working days.
P:6.3 If the criteria are met the Customer shall sign the acceptance certificate. If they are not met the Vendor shall correct the deficiencies at its cost and the test shall be repeated.
P:6.4 Use of the Software in production before Final Acceptance does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for a warranty period of six (6) months from Final Acceptance.
P:7.2 During the warranty period the Vendor shall correct reported defects free of charge and provide all updates and new versions released for the Software.
P:7.3 The Vendor shall respond to a Severity 1 Defect within two hours (Beijing time, 08:00 to 20:00 on working days) by remote session and shall provide a fix or workaround within two working days. Other defects shall be answered within one working day.
P:7.4 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer CNY 800, to be deducted from the next payment or from the maintenance fee.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty period the Vendor shall offer annual maintenance covering updates, new versions, defect correction and the response times of Article 7.
P:8.2 The annual maintenance fee is thirteen per cent (13%) of the licence subtotal, CNY 100,100 per year, payable yearly in arrears. This fee is fixed for the first three years of maintenance; any later increase shall not exceed three per cent (3%) per year.
P:8.3 Maintenance is ordered by the Customer's purchase order and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:9.2 The Pattern Library, the models of the Customer's patterns, the post-processor settings prepared for the Customer's machines and all files created for the Customer under Article 3 belong to the Customer, which may use, modify and license them freely. The patterns themselves are and remain the Customer's cultural heritage and property.
P:9.3 The Vendor shall indemnify the Customer against claims that the Software infringes the rights of a third party.
H:Article 10 Customer Data and Security
P:10.1 Scans, models, drawings and other data of the Customer ("Customer Data") belong to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not keep copies after completing the services.
P:10.2 Remote support sessions shall be opened only by the Customer, shall use encrypted connections and shall be logged. The Vendor shall protect any Customer Data in its possession with access control and encryption and shall report any loss of or unauthorised access to Customer Data within 24 hours.
P:10.3 The Vendor is responsible for any loss of or unauthorised access to Customer Data caused by it or its personnel and shall compensate the Customer for the resulting damage.
H:Article 11 Delay
P:11.1 If the Vendor fails to complete installation or the Pattern Library by the dates in Article 6.1, it shall pay the Customer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 If the delay exceeds 60 days, the Customer may terminate this Agreement under Article 13.
H:Article 12 Limitation of Liability
P:12.1 The total liability of the Vendor under or in connection with this Agreement shall not exceed fifty per cent (50%) of the Contract Price.
P:12.2 Neither party is liable for loss of profit or indirect loss.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 On termination by the Customer for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid against return of the licence keys.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The interpreter for the training is approved by signature of this Agreement.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final.
H:Article 17 General
P:17.1 This Agreement is written in English and Chinese; both texts are equally authentic.
P:17.2 Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ______________
"""

H361E02 = """# BOOKVISTA ORDER FORM AND GENERAL TERMS

Order Form No. BV-CN-0931 | Version for signature

# PART A - ORDER FORM

## A1. Parties

**Customer:** Dali Erhai Bluewave Cruise Co., Ltd., Room 301, Longkan Pier Service Building, Dali Ancient Town, Dali Bai Autonomous Prefecture, Yunnan Province, People's Republic of China.

**Vendor:** Bookvista sp. z o.o., ul. Sienkiewicza 44, 25-501 Kielce, Poland, entered in the Polish National Court Register.

This Order Form and the General Terms in Part B together form the agreement between the Customer and the Vendor (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## A2. Services ordered

A2.1 Bookvista Cruise, the Vendor's online booking and ticketing platform, for the Customer's fleet of nine sightseeing vessels and four piers on Erhai Lake, including: timetable and seat inventory, online sales through the Customer's WeChat mini-program and website, pier ticket-office sales, QR-code boarding, real-name passenger manifests, group and travel-agency allotments, refunds and reporting.

A2.2 Onboarding services: configuration of vessels, routes, timetables, ticket types and prices; integration with the Customer's WeChat mini-program and with its payment service provider; integration of the boarding gates at the four piers; training of ticket-office staff; and go-live support.

## A3. Subscription Term

A3.1 The Subscription Term is three Subscription Years. The first Subscription Year begins on the date of Go-Live Acceptance under A5; each later Subscription Year begins on the anniversary of that date.

A3.2 This Order Form does not renew automatically. Any extension requires a new Order Form signed by both parties.

## A4. Fees

At the Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, up to 9 vessels and 4 piers | per Subscription Year | 228,000 |
| Subscription Fees for the Subscription Term | 3 Subscription Years | 684,000 |
| Onboarding services | one-time, fixed | 86,000 |
| **Total Contract Value** | | **770,000** |
| SMS notifications above 200,000 messages | per message, monthly in arrears | 0.045 |

A4.1 The onboarding fee is invoiced on Go-Live Acceptance and payable within 30 days of invoice.

A4.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days of invoice. No fee is invoiced before Go-Live Acceptance.

A4.3 Payment processing fees charged by the Customer's payment service provider are paid by the Customer directly to that provider and are not part of the Agreement.

## A5. Go-Live Acceptance

A5.1 The Vendor shall make the platform ready for Go-Live Acceptance testing within 50 days after signature.

A5.2 The Customer shall run the acceptance tests within ten working days. The platform passes when: (a) bookings for every vessel, route and ticket type can be made, paid, changed and refunded end to end through the mini-program, the website and the ticket offices; (b) one full day of payments reconciles with the payment provider's settlement file without difference; (c) the boarding gates at all four piers read QR codes and update the manifest; (d) real-name manifests for every sailing can be exported in the format required by the Dali maritime authority; and (e) a load test of 3,000 bookings per hour runs without error.

A5.3 If the platform passes, the Customer signs a Go-Live Acceptance certificate. Use of the platform for live sales before that does not count as acceptance.

A5.4 If the platform is not ready for testing by the date in A5.1, the Vendor shall pay the Customer CNY 600 for each day of delay, up to CNY 36,000.

## A6. Service levels

A6.1 The Vendor will make the platform available 99.5% of the time in each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

A6.2 Incidents are classified and answered as follows:

| Priority | Definition | Response | Restoration target |
|---|---|---|---|
| Priority 1 | Online sales or boarding stopped at any pier | 30 minutes | 3 hours |
| Priority 2 | A function degraded, sales continue | 2 hours | 1 business day |
| Priority 3 | Questions and minor defects | 1 business day | next release |

A6.3 If monthly availability falls below the level in A6.1, the Vendor shall credit the Customer 5% of the monthly portion of the Subscription Fee for availability from 99.0% to below 99.5%, 10% from 98.0% to below 99.0%, and 20% below 98.0%. A Priority 1 response later than the time in the table earns a further credit of CNY 1,000 per incident.

A6.4 Credits are set off against the next invoice.

Signed for the Customer: ____________________ Name / Title / Date

Signed for the Vendor: ____________________ Name / Title / Date

# PART B - GENERAL TERMS (BOOKVISTA GT 2024-2)

## B1. Use of the platform

B1.1 The Vendor grants the Customer a non-exclusive right to use the platform during the Subscription Term for its own cruise operations, including use by its ticket-office staff and by the travel agencies to which the Customer assigns allotments.

B1.2 The Customer is responsible for the accuracy of the timetables, prices and passenger information it enters and for the use of its user accounts.

## B2. Hosting

B2.1 The platform is hosted for Chinese customers in a data centre in mainland China operated by a cloud provider selected by the Vendor with the Customer's prior written consent. The provider named in the onboarding plan is approved by the Customer's signature of that plan.

## B3. Customer Data

B3.1 Passenger names, identity document numbers, contact details, bookings and all other data entered into or generated by the platform for the Customer ("Customer Data") belong to the Customer.

B3.2 The Vendor shall use Customer Data only to provide the platform and the services to the Customer and shall not sell it, disclose it for marketing or use it for any other purpose.

B3.3 On expiry of the Subscription Term the Vendor shall make the Customer Data available for export in CSV format for 60 days, after which it will be deleted.

## B4. Configurations and Intellectual Property

B4.1 The platform and all improvements to it remain the property of the Vendor.

B4.2 The route and ticket configurations, templates, reports and the integration code for the Customer's mini-program produced in the onboarding services belong to the Customer, which may use and modify them and have them used by a successor provider.

## B5. Confidentiality

B5.1 Each party shall keep confidential all non-public business, technical and financial information of the other party received under the Agreement and shall use it only for the Agreement.

B5.2 This obligation lasts for three years after the end of the Agreement and does not apply to information that is public or lawfully received from a third party.

## B6. Subcontracting

B6.1 Except for the hosting provider approved under B2.1, the Vendor shall not subcontract any part of the services without the Customer's prior written consent.

## B7. Limitation of Liability

B7.1 The total aggregate liability of the Vendor under the Agreement, whether in contract, tort or otherwise, is limited to CNY 180,000.

B7.2 Neither party is liable for indirect or consequential loss, loss of profits or loss of goodwill.

B7.3 Service credits under A6 count towards the limit in B7.1.

## B8. Term and Termination

B8.1 The Agreement begins on signature of the Order Form and ends at the end of the Subscription Term.

B8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

B8.3 If the Customer terminates for the Vendor's breach, the Vendor shall refund the part of the Subscription Fee paid for the period after termination.

## B9. Suspension

B9.1 The Vendor may suspend access if an invoice remains unpaid 45 days after a written reminder, and shall restore access within one business day after payment.

## B10. Governing Law and Disputes

B10.1 The Agreement is governed by the laws of the People's Republic of China.

B10.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

## B11. Customer Responsibilities

B11.1 The Customer shall provide the vessel data, timetables, fares, pier layouts and boarding-gate specifications needed for onboarding within ten working days after signature, and shall make its ticket-office staff available for training.

B11.2 The Customer is responsible for its relationship with its payment service provider, for the refund rules it publishes to passengers and for compliance with the ticketing rules of the local tourism and maritime authorities.

B11.3 The Customer shall not use the platform to sell services other than its own cruises and related on-board products without the Vendor's written agreement.

## B12. Changes to the Platform

B12.1 The Vendor may improve the platform from time to time. It shall not remove a function the Customer uses in a way that materially reduces the service during the Subscription Term.

B12.2 The Vendor shall give the Customer at least 30 days' notice of any change that requires the Customer to change its mini-program or its boarding gates.

## B13. Miscellaneous

B13.1 Notices shall be given in writing to the addresses in A1 or by e-mail to the contacts named in the onboarding plan.

B13.2 Neither party may assign the Agreement without the other party's written consent.

B13.3 The Agreement is the entire agreement on its subject matter.
"""

H361E03 = """T:PURCHASE CONTRACT FOR A FROST WARNING SENSOR NETWORK
P:Contract No. YDTG-CG-2025-07
P:Buyer: Fujian Anxi Yunding Tea Garden Co., Ltd., Xiping Town, Anxi County, Quanzhou, Fujian Province, People's Republic of China (the "Buyer").
P:Supplier: Beiralta Sensing, Lda., Rua Marques de Pombal 19, 6300-728 Guarda, Portugal (the "Supplier").
P:The Buyer operates 410 hectares of terraced tea gardens between 600 and 1,100 metres above sea level, where late spring frost regularly damages the first flush. Following a competitive negotiation the Buyer has selected the Supplier to supply, install and commission a frost warning network linked to the gardens' fans and sprinklers. This Contract is drawn up on the Buyer's standard purchase terms. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Section 1 Definitions
P:1.1 "System" means the sensor nodes, gateways, weather stations, power kits, the FrostWatch platform software and the integration described in Section 2.
P:1.2 "Installation Certificate" means the Buyer's confirmation that all equipment has been delivered and installed.
P:1.3 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Section 6.
P:1.4 "Severity 1 Fault" means the platform is down, or alerts are not delivered, or more than 20% of the sensor nodes send no data during a frost alert window.
H:Section 2 Scope
P:2.1 The Supplier shall supply 180 sensor nodes measuring air temperature at three heights and leaf wetness, 12 LoRaWAN gateways, 4 automatic weather stations with solar power, and 12 solar power kits for the gateways.
P:2.2 The Supplier shall install the FrostWatch platform under a perpetual licence on the Buyer's server in its Xiping office, and shall build frost alert models calibrated for each of the Buyer's eight garden blocks.
P:2.3 The Supplier shall integrate the platform with the existing control cabinets of the 46 anti-frost fans and the sprinkler valves so that fans and sprinklers can be started automatically by alert rules approved by the Buyer.
P:2.4 The Supplier shall train the Buyer's garden managers and technicians.
H:Section 3 Contract Price
P:3.1 The Contract Price is CNY 1,532,000, fixed, including taxes, duties, import clearance, delivery to the gardens, installation and all expenses of the Supplier's staff.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Frost sensor node, 3 heights + leaf wetness|180|3,400|612,000
TB:2|LoRaWAN gateway|12|18,500|222,000
TB:3|Automatic weather station|4|46,000|184,000
TB:4|Solar power kit for gateways|12|6,200|74,400
TB:5|FrostWatch platform, perpetual licence|1|168,000|168,000
TB:|Equipment and licence subtotal|||1,260,400
TB:6|Installation and commissioning|1|156,000|156,000
TB:7|Frost alert models and fan / sprinkler integration|1|98,000|98,000
TB:8|Training|1|17,600|17,600
TB:|Contract Price|||1,532,000
H:Section 4 Payment
P:4.1 Advance payment: 10% of the Contract Price, CNY 153,200, within 20 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price, CNY 842,600, within 30 days after the Installation Certificate. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:4.3 35% of the Contract Price, CNY 536,200, within 30 days after Final Acceptance.
H:Section 5 Delivery and Delay
P:5.1 All equipment shall be installed and the System ready for testing by 15 December 2025, before the frost season.
P:5.2 If the Supplier is late, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct delay damages from any payment.
H:Section 6 Testing and Acceptance
P:6.1 After installation the System shall run for a trial period of 30 days. The Supplier may request Final Acceptance when, during the trial period: (a) every sensor node reports at least every five minutes with a data completeness of at least 98%; (b) node temperatures agree with a calibrated reference thermometer within 0.3 degrees Celsius at ten test points; (c) alerts reach the duty managers by SMS and app within 60 seconds of the threshold being crossed in a simulated frost test; (d) fans and sprinklers in every garden block start on command from the alert rules; and (e) no Severity 1 Fault has occurred.
P:6.2 If the criteria are met, the Buyer shall sign the final acceptance certificate within ten working days. If not, the Supplier shall remedy the System at its cost and the trial period shall restart.
P:6.3 Installation, operation of the System or payment does not amount to acceptance.
H:Section 7 Warranty and Service
P:7.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, including parts, labour and shipping, and supply software updates.
P:7.2 For a Severity 1 Fault the Supplier shall respond within 30 minutes by telephone or remote session and restore the System within 12 hours; for other faults it shall respond within one working day and repair them within five working days.
P:7.3 For each hour of delay beyond the Severity 1 response or restoration time the Supplier shall pay the Buyer CNY 1,000.
P:7.4 The Supplier shall keep a stock of spare nodes and one spare gateway in Fujian during the warranty period.
P:7.5 After the warranty period the Supplier shall provide support on the same terms for an annual fee of 9% of the equipment and licence subtotal, CNY 113,436 per year, fixed for the first three years of support. Support is ordered by purchase order and does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 The frost alert models, calibration data, alert rules, integration programs for the fan and sprinkler cabinets and their source code, and all documentation prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:8.2 The FrostWatch platform remains the property of the Supplier; the Buyer has a perpetual licence under Section 2.2.
H:Section 9 Buyer Data
P:9.1 All measurements, alerts, garden maps and operating records ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy it to systems outside the Buyer's control.
P:9.2 The Supplier shall apply access control, encrypted radio links and encrypted remote sessions, and shall access the Buyer's server only with the Buyer's approval for each session.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and is liable for all losses caused by an incident for which it is responsible.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's cultivation methods, yields and prices, and shall not disclose it to third parties without prior written consent, during this Contract and for three years after it ends.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Section 9, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages under Section 5.2 reach their maximum.
H:Section 14 Supplier's Personnel and Site Rules
P:14.1 The Supplier shall appoint a project manager who speaks Chinese or shall provide a qualified interpreter at its own cost for all site work, meetings and training.
P:14.2 The Supplier's staff shall follow the Buyer's garden rules, including rules on pesticide-free zones, fire prevention on the terraces and the protection of tea bushes during cable laying and node installation. Damage to tea bushes caused by the Supplier shall be compensated at the Buyer's published replacement cost.
P:14.3 The Supplier shall comply with Chinese law on radio equipment and shall obtain, before delivery, the radio type approval required for the gateways and sensor nodes.
H:Section 15 Documentation and Training
P:15.1 Before Final Acceptance the Supplier shall deliver, in Chinese and English, the as-built node map with coordinates, the gateway configuration, the alert rules, the integration wiring diagrams for every fan and sprinkler cabinet, user manuals and a maintenance manual.
P:15.2 Training shall cover the use of the platform, the meaning of the alert levels, battery and sensor replacement, and the manual override of fans and sprinklers. At least twenty of the Buyer's staff shall be trained in no fewer than three sessions held at the gardens.
H:Section 16 Force Majeure
P:16.1 Neither party is liable for failure to perform caused by typhoons, landslides or other events beyond its reasonable control, provided it gives prompt notice and does its best to limit the effects. The time for performance is extended accordingly.
H:Section 17 Notices
P:17.1 Notices shall be in writing and delivered to the addresses above or by e-mail to the project managers named at kick-off.
H:Section 18 Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H361E04 = """# Managed SD-WAN Services Agreement

**Agreement reference:** BNL-MSA-2025-208

**Between**

**Yiwu Starglow Festive Crafts Co., Ltd.**, No. 1650 Chouzhou North Road, Yiwu, Zhejiang Province, People's Republic of China ("**Customer**"); and

**Breda Netlink B.V.**, Claudius Prinsenlaan 142, 4818 CP Breda, the Netherlands, acting through its representative office in Hangzhou ("**Provider**").

**Background.** Customer designs and manufactures Christmas and festive decorations in its Yiwu factory and ships them worldwide. It needs a managed wide-area network connecting its factory, two warehouses, its showroom in the Yiwu International Trade City and its sales offices in Hamburg, Dubai and Panama City. Provider operates a managed SD-WAN service with a network operations centre. At Customer's request all charges in this Agreement are in Chinese yuan (CNY).

## 1. Definitions

1.1 "**Sites**" means the seven locations listed in Schedule 2.

1.2 "**Service**" means the managed SD-WAN service described in clause 2, including edge devices, overlay network, internet underlay at the overseas Sites, cloud gateway, monitoring and management.

1.3 "**Service Acceptance**" means Customer's written confirmation under clause 4 that the Service works at all Sites.

1.4 "**Initial Term**" means thirty-six months starting on the date of Service Acceptance.

1.5 "**Total Contract Value**" means the set-up charge plus the monthly charges for the Initial Term, as shown in Schedule 2.

## 2. The Service

2.1 Provider shall design, deliver, install, configure, monitor and manage the Service at each Site, including SD-WAN edge devices in high-availability pairs at the factory and the warehouses, and single devices at the other Sites.

2.2 Provider shall arrange the domestic circuits for the Chinese Sites through China Telecom Zhejiang and the internet underlay at the overseas Sites through local carriers. Cross-border traffic shall use only lawful international private line channels.

2.3 Provider shall monitor the Service from its network operations centre around the clock and shall give Customer read-only access to its monitoring portal.

2.4 Provider shall deliver to Customer a network design document, site plans and the as-built configuration of every edge device, and update them after each change.

## 3. Rollout and Delay

3.1 Provider shall complete the rollout and be ready for Service Acceptance at all Sites within 75 days after signature of this Agreement.

3.2 If Provider is not ready for Service Acceptance by that date for reasons within its control, it shall pay Customer delay damages of 0.02% of the Total Contract Value for each day of delay.

3.3 Delay damages are Customer's only financial remedy for late rollout, without prejudice to clause 9.

## 4. Service Acceptance

4.1 Provider shall test each Site in the presence of Customer's IT manager: (a) the edge devices fail over between underlay links in under one second without dropping voice calls; (b) application policies give priority to the ERP, the order system and video calls as set out in the design document; (c) throughput between the factory and each Site reaches at least 90% of the contracted bandwidth for one hour; and (d) the monitoring portal shows all Sites and alarms correctly.

4.2 After all Sites have passed and the Service has run for seven days without a Priority 1 incident, Customer shall sign the Service Acceptance certificate. Use of the Service at a Site before that date is not acceptance.

## 5. Service Levels

5.1 Provider shall make the Service available at each Site at least 99.95% of each calendar month. Outages of a local underlay circuit count against this level when Provider manages that circuit.

5.2 Provider shall respond to and resolve incidents within the times in Schedule 1.

5.3 If Provider misses a level, Customer shall receive the service credits in Schedule 1. Credits are deducted from the next invoice.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 2. They are fixed for the Initial Term.

6.2 The set-up charge is invoiced after Service Acceptance. Monthly charges are invoiced monthly in arrears, starting with the month in which Service Acceptance occurs, pro rata.

6.3 Customer shall pay each correct invoice within 30 days by bank transfer. No amount is payable in advance.

## 7. Customer Data and Security

7.1 Device configurations, traffic statistics, logs and all other data relating to Customer's network ("**Customer Data**") belong to Customer and may be used by Provider only to provide the Service.

7.2 Provider shall operate the management platform for the Chinese Sites from servers in mainland China meeting MLPS level 3, use multi-factor authentication for all administrator access, keep administrator logs for at least 180 days and shall not export Customer Data from China except as Customer instructs.

7.3 Provider shall notify Customer of any security incident affecting Customer Data or the Service within two hours, take immediate containment measures and bear all losses resulting from an incident caused by Provider, its personnel or its subcontractors.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including Customer's product designs, customer lists and network details, and use it only for this Agreement. This clause survives for three years after the Agreement ends.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breach of clause 7 or 8, personal injury or wilful misconduct.

9.2 Neither party is liable for indirect loss or loss of profit.

## 10. Intellectual Property

10.1 The network design document, site plans, configurations and scripts prepared for Customer belong to Customer, which may use and modify them and give them to any successor provider.

10.2 The SD-WAN software on the edge devices and Provider's portal remain the property of Provider and its licensors.

## 11. Subcontracting

11.1 The carriers named in clause 2.2 are approved by signature of this Agreement. Provider shall not use any other subcontractor without Customer's prior written consent.

## 12. Term and Ending of the Agreement

12.1 This Agreement runs from signature until the end of the Initial Term. It ends on that date unless the parties sign a renewal order.

12.2 Customer may not terminate this Agreement before the end of the Initial Term. If Provider fails to meet the service levels or is otherwise in breach, Customer's remedies are the service credits under Schedule 1, delay damages under clause 3 and damages under clause 9; Customer shall continue to pay the charges for the rest of the Initial Term.

12.3 Provider may suspend the Service if an undisputed invoice remains unpaid 30 days after a written reminder.

12.4 At the end of the Agreement Provider shall cooperate in an orderly hand-over to Customer or its new provider for up to 60 days at the monthly charge.

## 13. Customer Responsibilities

13.1 Customer shall give Provider's engineers safe access to each Site during working hours, provide rack space, power and cooling for the edge devices, and name a local contact at each Site.

13.2 Customer shall inform Provider at least 20 business days in advance of any planned move of a Site, change of office hours at an overseas Site or new application that requires a change to the policies.

## 14. Changes

14.1 Either party may request a change to the Sites, bandwidth or policies. Provider shall give a written quotation within ten business days; no change takes effect until both parties sign a change order stating the effect on the charges.

14.2 Simple policy changes requested through the portal are included in the monthly charges, up to ten changes per month.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 16. General

16.1 Notices shall be in writing and sent to the addresses above.

16.2 Neither party may assign this Agreement without the other party's written consent.

## Schedule 1 - Incident Priorities and Service Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | A Site completely disconnected, or the factory or a warehouse on a single link only | 15 minutes | 3 hours | 5% of the Site's monthly charge per hour late |
| P2 | Degraded performance at a Site | 1 hour | 8 hours | 2% of the Site's monthly charge per 8 hours late |
| P3 | Changes and questions | 1 business day | 5 business days | none |

Availability credit: for each 0.1 percentage point below the level in clause 5.1, 10% of the Site's monthly charge, up to the whole monthly charge for that Site.

## Schedule 2 - Sites and Charges

| Site | Underlay | Monthly charge (CNY) |
|---|---|---|
| Factory, Yiwu | dual fibre + 5G | 16,800 |
| Warehouse A, Yiwu | dual fibre | 8,600 |
| Warehouse B, Jinhua | dual fibre | 8,600 |
| Showroom, Yiwu International Trade City | single fibre | 4,200 |
| Hamburg sales office | single internet | 6,400 |
| Dubai sales office | single internet | 6,400 |
| Panama City sales office | single internet | 7,400 |
| **Monthly charges, total** | | **58,400** |
| Set-up charge, one-time | | 72,000 |
| Monthly charges for the Initial Term (36 x 58,400) | | 2,102,400 |
| **Total Contract Value** | | **2,174,400** |

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________
"""

H361E05 = """DECLARANT CHECK API SUBSCRIPTION AGREEMENT

Reference: ADS-SUB-2025-0117

THIS AGREEMENT is made between:

Harbin Beiqiao Cross-Border Trade Platform Co., Ltd., No. 88 Hanshui Road, Nangang District, Harbin, Heilongjiang Province, People's Republic of China ("Customer"); and

Aliakmon Data Services S.A., 21 Dimokratias Street, 501 31 Kozani, Greece ("Vendor").

RECITALS

(A) Customer operates an online platform through which Chinese exporters ship goods to buyers in the Russian Federation and the Eurasian Economic Union, and engages customs declarants and brokers in Russia to clear those shipments.

(B) Vendor operates DeclaraCheck, an application programming interface that verifies whether a Russian customs declarant or customs representative is validly registered, whether its registration, powers of attorney and financial guarantee are current, and whether it appears on published lists of suspended representatives.

(C) Customer wishes to subscribe to DeclaraCheck and to have Vendor integrate it into Customer's order and shipment workflow. At Customer's request all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "API" means the DeclaraCheck application programming interface and its documentation.

1.2 "Integration Acceptance" means Customer's written confirmation under clause 4 that the integration works.

1.3 "Subscription Year" means a period starting on the date of Integration Acceptance or on an anniversary of it and ending on the day before the next anniversary.

1.4 "Subscription Term" means two Subscription Years.

1.5 "Customer Data" means the queries sent by Customer to the API, the results returned, and all shipment, exporter, declarant and personal data contained in them.

1.6 "Severity 1 Incident" means the API is unavailable or returns errors for more than 5% of queries over 15 minutes.

2. SERVICES

2.1 Vendor shall provide Customer with access to the API during the Subscription Term for up to 400,000 queries in each Subscription Year, from Customer's production and test environments.

2.2 Vendor shall build and deliver an integration adapter connecting the API to Customer's order management system, so that a declarant is checked automatically when an exporter selects it and again before each declaration is lodged, and shall set up the dashboards and alert rules described in the Schedule.

2.3 Vendor shall keep the data sources behind the API updated at least daily and shall inform Customer in advance of any change to the API that requires a change to the adapter.

3. FEES AND PAYMENT

3.1 The fees are set out in the Schedule. The Subscription Fee is fixed for the Subscription Term.

3.2 The integration fee is invoiced after Integration Acceptance.

3.3 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. No fee is invoiced before Integration Acceptance.

3.4 Queries above the annual allowance are charged at the overage rate in the Schedule, invoiced quarterly in arrears.

3.5 Customer shall pay each correct invoice within 30 days by bank transfer in CNY.

4. INTEGRATION ACCEPTANCE

4.1 Vendor shall deliver the integration adapter ready for testing within 40 days after signature.

4.2 Customer shall test the integration within ten working days in its test environment. The integration passes when: (a) all 120 test cases in the agreed test plan, covering valid, expired, suspended and unknown declarants, return the correct result; (b) the adapter handles timeouts and errors without blocking the exporter's order; (c) the median response time of the API is below 800 milliseconds over 10,000 test queries; and (d) the audit log records every query with its result.

4.3 If the integration passes, Customer shall sign an Integration Acceptance certificate. Use of the API in production before then is not acceptance.

4.4 If Vendor delivers the adapter late, it shall pay Customer CNY 500 for each day of delay, up to CNY 30,000.

5. SERVICE LEVELS

5.1 Vendor shall make the API available at least 99.97% of each calendar month, measured at Vendor's gateway and excluding scheduled maintenance announced five days in advance.

5.2 Vendor shall respond to a Severity 1 Incident within one hour, at any time of day, and restore service within six hours. Other incidents shall be answered within one business day.

5.3 If availability falls below the level in clause 5.1, Vendor shall credit Customer 10% of the monthly portion of the Subscription Fee for each 0.1 percentage point of shortfall, up to the whole monthly portion. Each late Severity 1 response earns a further credit of CNY 2,000.

5.4 Vendor shall send Customer a monthly service report showing availability, incidents and credits.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to answer Customer's queries and to perform this Agreement. Vendor shall not use Customer Data to build, enrich or train its own databases or products, and shall not disclose it to any third party.

6.2 Vendor shall receive Customer's queries only through the direct encrypted channel agreed with Customer, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least 180 days and delete query payloads within 30 days after answering them, keeping only the audit records Customer needs.

6.3 Vendor shall comply with the data protection laws that apply to the processing, including the Personal Information Protection Law of the People's Republic of China for data received from Customer, and shall sign any standard contract required for cross-border transfer.

6.4 Vendor shall notify Customer of any security incident affecting Customer Data within 12 hours, take immediate measures to contain it and is liable for all losses caused by an incident for which it is responsible.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information of the other party, including Customer's exporters, buyers, routes and volumes, and use it only for this Agreement.

7.2 This obligation continues for three years after the end of the Agreement.

8. INTELLECTUAL PROPERTY

8.1 The API, its data sources and Vendor's software remain the property of Vendor.

8.2 The integration adapter, its source code, the dashboards and alert rules built for Customer belong to Customer, which may use, modify and license them freely and have them maintained by others.

9. LIABILITY

9.1 Vendor's total liability under this Agreement is limited to 150% of the Total Contract Value stated in the Schedule, except for breach of clause 6 or 7, wilful misconduct and gross negligence, which are not limited.

9.2 Neither party is liable for indirect loss or loss of profit.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any part of its obligations without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 If Customer terminates under clause 11.2, Vendor shall refund the Subscription Fee paid for the period after termination.

11.4 On expiry or termination Vendor shall return to Customer any audit records it holds and then delete all Customer Data.

12. CUSTOMER OBLIGATIONS

12.1 Customer shall use the API only to check declarants and customs representatives engaged for shipments handled through its platform, and shall not resell the results or make them available to third parties other than the exporter concerned.

12.2 Customer shall keep its API keys secure, rotate them at least every six months and inform Vendor without delay if it suspects that a key has been compromised.

12.3 Customer shall provide Vendor with a test environment, sample data and a named technical contact for the integration.

13. CHANGES TO THE API

13.1 Vendor shall give Customer at least 60 days' notice of any change to the API that is not backward compatible and shall keep the previous version available during that period.

13.2 Vendor shall adapt the integration adapter to such changes at no extra charge during the Subscription Term.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of Greece.

14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the courts of Athens, Greece, which shall have exclusive jurisdiction.

15. GENERAL

15.1 Notices shall be in writing, in English, and sent to the addresses above with a copy by e-mail to the contacts named in the Schedule.

15.2 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing.

SCHEDULE - FEES, ALLOWANCES AND CONTACTS

Subscription Fee: CNY 276,000 per Subscription Year, including 400,000 queries per Subscription Year.
Subscription Fees for the Subscription Term (2 Subscription Years): CNY 552,000.
Integration fee (adapter, dashboards, alert rules), one-time: CNY 48,000.
Total Contract Value: CNY 600,000.
Overage: CNY 0.60 per query above the annual allowance (not included in the Total Contract Value).
Dashboards: declarant status overview, expiring powers of attorney and guarantees, suspended declarants linked to open orders.
Alert rules: e-mail and WeChat Work alerts to Customer's compliance team when a declarant linked to an open order is suspended or its guarantee expires within 14 days.
Contacts: to be named by each party in writing within five days after signature.

SIGNED for Customer: ____________________ Name: __________ Title: __________ Date: __________

SIGNED for Vendor: ____________________ Name: __________ Title: __________ Date: __________
"""

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key -> (file name, language, category, terms overriding OK, extra, fee base for TCO, source, build kind)
C = {
 "h361z01": ("h361z01_civil_air_defence_siren_monitoring_platform.pdf", "zh", "hardware",
             dict(prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                  contract_kind="goods_or_licence"),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, contract_value=3420000), 2844000),
 "h361z02": ("h361z02_stainless_cold_mill_control_retrofit.docx", "zh", "hardware",
             dict(ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10, final_payment_on_acceptance=True,
                  warranty_months=15, post_warranty_fee_pct=25, contract_kind="goods_or_licence"),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, contract_value=4030000), 3380000),
 "h361z03": ("h361z03_tcm_clinic_chain_registration_pharmacy_saas.txt", "zh", "cloud",
             dict(p1_response_hours=None, sla_remedy=False, auto_renewal_price_increase=True),
             dict(sla_clause=False, ld_stated=True, contract_value=973200), None),
 "h361z04": ("h361z04_gov_service_centre_12345_hotline_om.txt", "zh", "services",
             dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.03,
                  subcontract_without_consent=True),
             dict(sla_clause=True, ld_stated=True, contract_value=1216000), None),
 "h361z05": ("h361z05_fermented_tofu_erp_supplier_template.md", "zh", "software",
             dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                  ld_rate_per_day_pct=None, liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False,
                  final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
                  subcontract_without_consent=None, contract_kind="goods_or_licence"),
             dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                  contract_value=1140000), 560000),
 "h361e01": ("h361e01_ink_stick_mould_design_licences_croatian_vendor.pdf", "en", "software",
             dict(p1_response_hours=2, confidentiality=False, liability_cap_pct=50, prepayment_pct=20,
                  final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=13,
                  contract_kind="goods_or_licence"),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, contract_value=950000), 770000),
 "h361e02": ("h361e02_erhai_cruise_booking_saas_order_form.md", "en", "cloud",
             dict(availability_pct=99.5, data_security_clause=False, ld_rate_per_day_pct=600 / 770000 * 100,
                  liability_cap_pct=180000 / 770000 * 100),
             dict(sla_clause=True, ld_stated=True, contract_value=770000), None),
 "h361e03": ("h361e03_tea_garden_frost_sensor_network.docx", "en", "hardware",
             dict(liability_cap_pct=200, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24,
                  post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, contract_value=1532000), 1260400),
 "h361e04": ("h361e04_festive_decor_managed_sdwan.md", "en", "services",
             dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.02, liability_cap_pct=150,
                  termination_for_breach=False),
             dict(sla_clause=True, ld_stated=True, contract_value=2174400), None),
 "h361e05": ("h361e05_customs_declarant_check_api_greek_vendor.txt", "en", "cloud",
             dict(availability_pct=99.97, p1_response_hours=1, ld_rate_per_day_pct=500 / 600000 * 100,
                  liability_cap_pct=150, governing_law="Greece"),
             dict(sla_clause=True, ld_stated=True, contract_value=600000), None),
}
SRC = {"h361z01": H361Z01, "h361z02": H361Z02, "h361z03": H361Z03, "h361z04": H361Z04, "h361z05": H361Z05,
       "h361e01": H361E01, "h361e02": H361E02, "h361e03": H361E03, "h361e04": H361E04, "h361e05": H361E05}
EXPECTED = {  # written by hand from policy.md; checked against the reading below
 "h361z01": [], "h361z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
 "h361z03": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
 "h361z04": ["CR-LD-LOW", "CR-SUBCONTRACT"],
 "h361z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
 "h361e01": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-WARRANTY"],
 "h361e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
 "h361e03": [], "h361e04": ["CR-LD-LOW", "CR-TERMINATION"], "h361e05": ["CR-GOVERNING-LAW"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def terms_of(key):
    t = dict(OK)
    t.update(C[key][3])
    return {k: t[k] for k in TERM_KEYS}


def extra_of(key):
    e = dict(C[key][4])
    e.setdefault("acceptance_deemed_on_delivery", False)
    order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery", "contract_value"]
    return {k: e[k] for k in order if k in e}


def tco(key):
    """policy §4: horizon 5 years from acceptance; value + post-warranty fee x base x (5 - warranty years)."""
    t, e, base = terms_of(key), extra_of(key), C[key][5]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    total = e["contract_value"] + fees
    return total, fees, fees / total * 100


def reading(key):
    """My reading of policy.md §3 applied to my labels (not project code)."""
    t, e, r = terms_of(key), extra_of(key), set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
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
    if goods and (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    x = tco(key)
    if goods and x and x[2] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def check_labels():
    covered = set()
    for key in C:
        t, e = terms_of(key), extra_of(key)
        assert sorted(EXPECTED[key]) == reading(key), (key, EXPECTED[key], reading(key))
        covered |= set(EXPECTED[key])
        # nothing on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-6
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        x = tco(key)
        assert x is None or abs(x[2] - 40) > 1, (key, x)
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and "post_warranty_fee_capped" not in e
        else:
            assert "post_warranty_fee_capped" in e
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    n = [len(EXPECTED[k]) for k in C]
    assert n.count(0) == 2 and sum(1 for k in C if [SEVERITY[r] for r in EXPECTED[k]] == ["low"]) == 1
    assert sum(1 for k in C if 2 <= len(EXPECTED[k]) <= 3) == 6 and len(EXPECTED["h361z05"]) >= 8


def write_labels():
    for key, row in C.items():
        name, lang, cat = row[0], row[1], row[2]
        lab = {"file": name, "language": lang, "category": cat, "expected_terms": terms_of(key),
               "expected_extra": extra_of(key), "expected_rules": sorted(EXPECTED[key])}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")


def check_sums():
    assert 1860000 + 328000 + 420000 + 236000 == 2844000 and 2844000 + 318000 + 226000 + 32000 == 3420000
    assert 684000 + 1881000 + 855000 == 3420000 and 40 * 46500 == 1860000 and 40 * 8200 == 328000
    assert 1120000 + 1460000 + 268000 + 392000 + 140000 == 3380000 and 3380000 + 412000 + 196000 + 42000 == 4030000
    assert 403000 + 2418000 + 1007500 + 201500 == 4030000 and 3380000 * 25 // 100 == 845000
    assert 14 * 18600 == 260400 and 3 * 260400 == 781200 and 781200 + 168000 + 24000 == 973200
    assert 684000 + 296000 + 158000 + 78000 == 1216000
    assert 560000 + 410000 + 138000 + 32000 == 1140000 and 1140000 // 2 == 570000
    assert 6 * 96000 == 576000 and 6 * 22000 == 132000 and 2 * 31000 == 62000 and 576000 + 132000 + 62000 == 770000
    assert 770000 + 26000 + 118000 + 36000 == 950000 and 190000 + 427500 + 332500 == 950000
    assert 770000 * 13 // 100 == 100100
    assert 3 * 228000 == 684000 and 684000 + 86000 == 770000
    assert 180 * 3400 == 612000 and 12 * 18500 == 222000 and 4 * 46000 == 184000 and 12 * 6200 == 74400
    assert 612000 + 222000 + 184000 + 74400 + 168000 == 1260400 and 1260400 + 156000 + 98000 + 17600 == 1532000
    assert 153200 + 842600 + 536200 == 1532000 and round(1260400 * 0.09) == 113436
    assert 16800 + 8600 + 8600 + 4200 + 6400 + 6400 + 7400 == 58400 and 36 * 58400 == 2102400
    assert 2102400 + 72000 == 2174400
    assert 2 * 276000 == 552000 and 552000 + 48000 == 600000


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: (C[k][0], C[k][0].rsplit(".", 1)[1]) for k in C if C[k][0].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k in C:
        if k not in targets:
            (OUT / C[k][0]).write_text(SRC[k], encoding="utf-8")
            print("wrote", C[k][0])


def read_back(name):
    path = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


CN = "一二三四五六七八九十百零〇两"
NB = r"(?<![\d.,])"
BAD = {
    "availability 99.9": r"99\.90*(?!\d)",
    "P1 4 hours": NB + r"4\s*-?\s*(?:小时|个小时|hours?\b|hrs?\b|h\b)|(?<![" + CN + r"])四\s*(?:个)?小时|(?<![\w-])four[\s-]+hours?|"
                  + NB + r"240\s*(?:分钟|minutes?)|two hundred and forty minutes",
    "LD 0.05%": NB + r"0\.050*\s*(?:%|per\s*cent|percent)|万分之五(?![十])|千分之零点五",
    "cap 100%": NB + r"100(?:\.0+)?\s*(?:%|per\s*cent|percent)|百分之(?:一)?百(?![分零一二三四五六七八九])|one hundred per\s*cent",
    "30%": NB + r"30(?:\.0+)?\s*(?:%|per\s*cent|percent)|百分之三十(?![一二三四五六七八九])|三成|thirty per\s*cent|thirty percent",
    "40%": NB + r"40(?:\.0+)?\s*(?:%|per\s*cent|percent)|百分之四十(?![一二三四五六七八九])|forty per\s*cent|forty percent",
    "15%": NB + r"15(?:\.0+)?\s*(?:%|per\s*cent|percent)|百分之十五|fifteen per\s*cent|fifteen percent",
    "12 months / one year": NB + r"12\s*-?\s*(?:个月|months?\b)|(?<![" + CN + r"])十二\s*个?月|(?<![\w-])twelve[\s-]+months?|"
                            + r"(?<![\w-])one[\s-]+years?\b|一年|" + NB + r"1\s*-?\s*(?:years?\b|年(?!度))",
    "5 years / 60 months": NB + r"5\s*-?\s*(?:years?\b)|" + NB + r"(?<!\d)5\s*年(?!度)|(?<![" + CN + r"])五\s*年|"
                           + r"(?<![\w-])five[\s-]+years?|" + NB + r"60\s*-?\s*(?:个月|months?\b)|六十\s*个?月|sixty[\s-]+months?",
}
MUST_HIT = {"availability 99.9": ["99.9%", "99.90 %"], "P1 4 hours": ["4小时", "四小时", "4 hours", "four hours", "240分钟", "4-hour"],
            "LD 0.05%": ["0.05%", "万分之五", "0.05 per cent"], "cap 100%": ["100%", "百分之百", "100 per cent"],
            "30%": ["30%", "百分之三十", "三成", "thirty per cent"], "40%": ["40%", "百分之四十"],
            "15%": ["15%", "15 %", "百分之十五"],
            "12 months / one year": ["12个月", "十二个月", "12 months", "one year", "一年", "twelve months"],
            "5 years / 60 months": ["5年", "五年", "5 years", "five years", "60个月", "60 months"]}
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.97%", "115%", "0.15%", "四十二个月",
             "2025年", "二十五年", "0.045", "1,240 minutes", "112个月", "服务年度", "Subscription Year", "14 hours",
             "0.5 hours", "150%", "130%", "140%", "240 patterns", "1年度"]


def scan(text):
    nospace = re.sub(r"(?<=[\u2e80-\uffff])\s+|\s+(?=[\u2e80-\uffff])", "", text)
    versions = [text, re.sub(r"\s+", " ", text), nospace]
    hits = []
    for label, rx in BAD.items():
        for v in versions:
            m = re.search(rx, v, re.I)
            if m:
                hits.append((label, v[max(0, m.start() - 20):m.end() + 20]))
                break
    return hits


def self_test():
    for label, samples in MUST_HIT.items():
        for s in samples:
            assert re.search(BAD[label], s, re.I), (label, s)
    for s in MUST_MISS:
        assert not scan(s), (s, scan(s))


def check_files():
    bad = []
    for key, row in C.items():
        text = read_back(row[0])
        n = len(text) if row[1] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if row[1] == "zh" else (1500, 1700)
        hits = scan(text) + scan(SRC[key])
        print("%-62s %5d %s  %s  risk %s" % (row[0], n, "chars" if row[1] == "zh" else "words",
                                            ", ".join(EXPECTED[key]) or "(none)", risk(EXPECTED[key])))
        if hits or not lo <= n <= hi:
            bad.append((key, n, hits))
    assert not bad, bad


if __name__ == "__main__":
    self_test()
    check_sums()
    check_labels()
    build()
    write_labels()
    for k in C:
        x = tco(k)
        if x:
            print("TCO %s: %.2f, post-warranty fees %.2f, share %.2f %%" % (k, x[0], x[1], x[2]))
    check_files()
    print("all checks passed")
