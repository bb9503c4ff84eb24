"""holdout383: ten ordinary draft contracts (5 zh, 5 en) and their labels, written blind from policy.md / API.md.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), the .json labels,
then reads every built file back, checks lengths, threshold-free wording, label arithmetic and rule coverage.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

H383Z01 = """T:澜江市中级人民法院诉讼材料电子化平台采购合同
P:合同编号：LJZY-ZFCG-2025-017　　采购方式：公开招标　　招标编号：LJCG2025-G-0342
P:甲方（采购人）：澜江市中级人民法院　　地址：澜江市滨江大道188号
P:乙方（中标供应商）：杭州卷宗通信息技术有限公司　　统一社会信用代码：91330106MA2H8K7Q4X
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件和中标通知书，甲乙双方就甲方诉讼材料电子化平台建设项目订立本合同，共同遵守。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同组成部分，与本合同条款不一致的，以本合同条款为准。
H:第一条　项目内容
P:1.1 乙方为甲方建设诉讼材料电子化平台，实现立案材料、庭审材料和卷宗材料的集中扫描、自动编目、文字识别、电子卷宗随案生成及与审判流程管理系统、电子档案系统的数据对接。
P:1.2 乙方负责设备供货、软件部署、定制开发、安装调试、数据对接、人员培训及质保期内的维护服务，建设地点为甲方机关大楼及下属三个派出法庭。
H:第二条　合同价款
P:2.1 本合同总价为人民币壹佰柒拾捌万元整（¥1,780,000），为固定总价，包含货物、软件许可、开发、运输、安装、培训、税费及质保期内全部服务费用。分项价格如下：
P:（1）高速双面扫描仪12台，单价38,500元，小计462,000元；
P:（2）电子化平台软件许可（不限用户数，永久授权）1套，680,000元；
P:（3）OCR文字识别引擎许可1套，156,000元；
P:以上软硬件小计1,298,000元。
P:（4）与审判流程管理系统、电子档案系统对接的定制开发，418,000元；
P:（5）实施部署及培训，64,000元。
P:2.2 合同履行期间价款不作调整，甲方不另行支付本合同未列明的任何费用。
H:第三条　付款方式
P:3.1 合同生效且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备到货、软件部署完成并通过初验后，甲方支付合同总价的45%。到货签收和部署完成本身不视为验收。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具等额合法发票；甲方付款按财政国库集中支付程序办理。
H:第四条　交付与工期
P:4.1 乙方应于合同生效后60日内完成设备供货与软件部署，90日内完成系统对接并申请初验。
P:4.2 乙方交付的软件应为正式授权版本，随附安装介质、授权证书及中文技术文档。
H:第五条　验收
P:5.1 初验标准：（1）设备型号、数量、配置与投标文件一致；（2）扫描仪单台连续扫描速度不低于每分钟80页（A4双面）；（3）印刷体文字识别准确率不低于98%；（4）电子卷宗自动编目与审判系统案号一一对应，抽检500件无差错；（5）第三方信息安全测评无高风险问题。
P:5.2 初验通过后进入试运行期，试运行期为三个月。试运行期内未发生一级故障，且甲方业务部门确认电子卷宗随案生成率达到招标文件要求的，乙方可申请最终验收。
P:5.3 甲方组织技术人员或委托第三方机构按第5.1条、第5.2条进行验收，并出具书面验收报告。设备安装完成、系统上线运行或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条　服务水平
P:6.1 质保期内平台核心服务（扫描上传、编目、检索）月度可用率不低于99.95%，计划内维护应提前三个工作日书面告知并安排在非工作时间。
P:6.2 故障分级响应：一级故障（平台整体不可用或立案窗口无法扫描）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；三级故障（咨询及一般问题）当日答复。
P:6.3 乙方未按第6.2条时限响应或恢复的，每超时一小时，甲方有权从质保金或应付款项中扣除1,000元；月度可用率每低于约定值0.01个百分点，扣除2,000元。
H:第七条　质量保证与后续维护
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、补丁升级及远程技术支持，更换部件的质保期重新计算。
P:7.2 质保期满后，甲方如需继续购买维护服务，年度维护费不超过软硬件小计的8%（即每年不超过103,840元），该费率在质保期满后的两个服务年度内不作上调，具体以双方另行签订的维护合同为准。
H:第八条　数据安全
P:8.1 平台存储的诉讼材料、电子卷宗、当事人信息及系统日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存、向任何第三方提供或用于其他任何目的。
P:8.2 乙方应按照网络安全等级保护第三级要求部署平台，对数据实施加密存储和访问控制；乙方人员仅可经甲方审批后通过堡垒机进行远程维护，全部操作留痕备查。更换下的存储介质应由乙方在甲方监督下消磁或物理销毁。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方由此遭受的全部损失。
H:第九条　保密
P:9.1 乙方对履行本合同过程中知悉的审判工作秘密、案件信息、个人信息及甲方网络配置负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员违反保密义务的行为承担责任。
H:第十条　知识产权
P:10.1 乙方为本项目定制开发的接口程序、编目规则、源代码及技术文档，其知识产权归甲方所有，甲方可自行或委托第三方修改、使用和扩展。
P:10.2 平台及OCR引擎的既有知识产权仍归其权利人所有，乙方保证甲方对其享有永久、不可撤销的使用权，并保证甲方使用不侵犯任何第三方权利。
H:第十一条　违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付的货物或软件不符合合同约定的，应无条件更换或整改，并承担由此产生的费用。
H:第十二条　分包
P:12.1 乙方不得转包本项目。综合布线等辅助工作确需分包的，须事先征得甲方书面同意，且乙方对分包部分承担全部责任。
H:第十三条　合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条　法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交澜江仲裁委员会按其规则仲裁。
H:第十五条　其他
P:15.1 本合同一式六份，甲方四份，乙方两份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：澜江市中级人民法院　　乙方（盖章）：杭州卷宗通信息技术有限公司
P:授权代表：＿＿＿＿＿＿　　授权代表：＿＿＿＿＿＿
P:签订日期：2025年＿＿月＿＿日
"""

H383Z02 = """T:拉丝车间控制系统改造项目合同
P:合同编号：TSBX-JS-2025-0611
P:甲方：泰山玻纤拓新材料有限公司（以下简称甲方）　　住所：山东省泰安市岱岳区纤维路9号
P:乙方：济南恒拓自动化工程有限公司（以下简称乙方）　　住所：山东省济南市高新区舜华路1500号
P:甲方二号拉丝车间现有漏板温控与拉丝机控制系统已运行多年，备件停产、故障频发。为提高漏板温度控制精度和拉丝作业稳定性，甲方决定对该车间控制系统实施改造。经甲方比选，确定由乙方承担本项目。双方经平等协商，订立本合同。
H:一、项目范围
P:（一）乙方负责拉丝车间48个漏板位的温控系统、24台拉丝机变频驱动及车间集中控制系统（DCS）的设计、供货、安装、编程组态、调试、培训和质保期内的维护。
P:（二）改造须在甲方安排的分段停炉窗口内完成，每段停炉时间不超过72小时，不得影响其他车间生产。
P:（三）合同签订后10日内，乙方应组织设计联络会，提交控制方案、I/O清单、网络结构图和画面样式，经甲方书面确认后实施。甲方确认不免除乙方对设计质量承担的责任。
H:二、合同价格
P:（一）本合同总价为人民币3,030,000元（大写：叁佰零叁万元整），含税，为固定总价。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器及I/O模块|1套|1,126,000
TB:2|漏板温控单元|48套|604,800
TB:3|拉丝机变频驱动|24台|444,000
TB:4|操作站及服务器|1批|168,000
TB:5|组态软件许可（永久）|1套|226,000
TB:软硬件小计|||2,568,800
TB:6|安装调试|1项|248,000
TB:7|编程组态（甲方工艺定制）|1项|186,000
TB:8|操作及维护培训|1项|27,200
TB:合计|||3,030,000
P:（二）上表价格已包含运输、保险、安装辅材、技术服务及税费。甲方在实施过程中要求增加漏板位或拉丝机的，按上表同类单价计价，并签订补充协议。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的50%。到货签收仅为数量确认，不构成质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%。
P:（四）剩余5%作为质量保证金，质保期满且无未决质量问题后一次付清。
H:四、交货与工期
P:（一）设备应于合同签订后45日内运抵甲方现场。
P:（二）乙方应在最后一段停炉窗口结束后20日内完成全部调试并提交验收申请。
P:（三）乙方进场施工应遵守甲方安全生产管理制度，办理动火、登高、临时用电等作业许可，施工人员须接受甲方入厂安全教育。漏板区域属高温作业区，乙方应配备必要的防护用品并安排专人监护。
P:（四）每段停炉改造前，乙方应提交切换方案和回退方案，经甲方生产部门确认后方可实施；切换失败时，乙方应立即按回退方案恢复原系统运行，并承担因此增加的费用。
H:五、验收
P:（一）验收标准：漏板温度控制精度±1℃；拉丝机转速波动不超过0.2%；DCS画面刷新不超过1秒；断丝报警与联锁动作全部测试通过；系统连续运行30天无一级故障。
P:（二）甲方组织生产、设备和信息部门按上述标准进行验收并签署验收报告。设备安装完成或投入生产使用，不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:六、质量保证与售后服务
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换有缺陷的设备及软件，并提供软件补丁。
P:（二）一级故障（导致拉丝中断或漏板温度失控）乙方应在15分钟内电话响应，2小时内到达现场；二级故障2小时内响应，8小时内到达现场。
P:（三）乙方未按时响应或到场的，每超时一小时向甲方支付2,000元。
P:（四）乙方应在甲方现场储备关键备件（控制器主板、温控模块、变频器功率单元各不少于两套），备件清单作为合同附件。质保期内备件消耗后，乙方应在5日内补齐。
P:（五）乙方应对甲方操作人员和仪表维护人员进行不少于5个工作日的培训，培训内容包括系统操作、常见故障处理和组态修改，并提供中文培训教材。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年度向甲方提供维保服务，包括定期巡检、备件更换、软件升级和现场技术支持。
P:（二）年度维保费为软硬件小计的27%，即每个服务年度人民币693,576元，按年度于每个服务年度开始后30日内支付。该费率为固定费率，维保期间不作上调。
H:八、知识产权
P:（一）乙方为甲方编制的组态程序、控制逻辑、工艺参数画面及相关源文件、技术文档，其知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:（二）组态软件及设备内置软件的知识产权归原权利人所有，甲方享有永久使用权。
H:九、数据安全
P:（一）控制系统采集的生产数据、工艺参数和运行日志属于甲方，乙方不得复制或用于本合同以外的任何目的。
P:（二）乙方应按照工业控制系统信息安全防护要求部署边界防火墙和主机加固，远程维护须经甲方逐次审批，并通过甲方指定的运维审计设备进行，全部操作留存记录。
P:（三）发生安全事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因导致数据泄露、篡改或系统被入侵的，乙方承担全部赔偿责任。
H:十、保密
P:（一）乙方对在本项目中获知的甲方工艺配方、漏板参数、产能数据和其他商业秘密负有保密义务，未经甲方书面同意，不得向第三方披露。
P:（二）乙方人员在甲方厂区内拍照、录像或拷贝图纸，须事先取得甲方同意。
P:（三）本条义务在合同终止后三年内持续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的0.08%向甲方支付违约金。
P:（二）乙方原因造成停炉时间超出约定窗口的，乙方还应赔偿甲方由此造成的直接损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但人身伤害、故意或重大过失及违反第九条、第十条的责任不受此限。
H:十二、分包
P:（一）乙方不得将本项目转包。设备基础及桥架等土建安装工作需分包的，应事先取得甲方书面同意。
H:十三、合同解除
P:（一）乙方严重违约，且在甲方书面通知后15日内未予纠正的，甲方有权解除本合同并要求赔偿损失。
P:（二）乙方逾期超过45日，或改造后系统经两次验收仍不合格的，甲方有权解除本合同，乙方应退还已收款项，并自费拆除已安装设备、恢复原系统。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。双方发生争议，应协商解决；协商不成的，提交泰安仲裁委员会仲裁。
H:十五、其他
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在影响范围内免除责任。
P:（二）双方指定的项目联系人及联系方式见附件，书面通知送达联系人即视为送达。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、停炉窗口计划表、备件清单。
P:甲方（盖章）：泰山玻纤拓新材料有限公司　　　乙方（盖章）：济南恒拓自动化工程有限公司
P:代表签字：＿＿＿＿＿＿　　　代表签字：＿＿＿＿＿＿　　　日期：2025年＿＿月＿＿日
"""

H383Z03 = """杏林堂医药连锁有限公司
中医馆挂号及药房管理云服务合同

合同编号：XLT-IT-2025-026

甲方：杏林堂医药连锁有限公司
住所：四川省成都市武侯区浆洗街66号
乙方：成都本草云图科技有限公司
住所：四川省成都市高新区天府五街200号

鉴于甲方在成都、绵阳、德阳等地经营25家连锁中医馆，需统一挂号预约、医生排班、处方流转、中药饮片库存及药房收费管理；乙方提供中医诊所管理云平台服务。双方经协商一致，订立本合同。

第一条　服务内容
（1）乙方向甲方25家中医馆提供“本草云图”挂号及药房管理云服务，包括线上预约挂号、分诊排班、电子处方、代煎配送、饮片库存、药房收费和经营报表功能。
（2）乙方负责平台配置、历史数据迁移（患者档案、库存及会员储值）、与甲方医保结算接口和微信公众号的对接、门店人员培训等实施工作。
（3）平台部署于乙方租用的境内公有云，甲方各门店通过浏览器和移动端访问。
（4）服务期内，乙方免费提供平台版本升级、医保政策和药品目录调整后的功能更新，以及7×24小时电话和在线技术支持。每季度乙方应派驻实施顾问到甲方总部进行一次使用回访，收集门店问题并形成改进清单。

第二条　服务期限
（1）本合同服务期为三个服务年度，自平台上线验收合格之日起算。
（2）服务期满前30日内，任何一方均未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（3）续期时，乙方有权根据其产品价格体系调整订阅单价，但每次上调幅度不超过上一服务年度单价的10%，乙方应于服务期满前以邮件方式通知甲方调整后的价格。

第三条　费用
（1）订阅费按门店计收，每家门店每个服务年度18,720元，25家门店每个服务年度合计468,000元，三个服务年度合计1,404,000元。
（2）实施费（含配置、数据迁移、接口对接及培训）为一次性费用236,000元。
（3）本合同总价为人民币1,640,000元（含税）。甲方新增门店的，按同一单价另行签订补充协议。

第四条　付款方式
（1）合同签订后10个工作日内，甲方一次性支付实施费及首个服务年度订阅费，合计704,000元。
（2）第二、第三个服务年度的订阅费，甲方应在该服务年度开始前15日内支付。
（3）乙方应在收款前开具增值税专用发票。
（4）甲方对发票或费用有异议的，应在收到发票后10个工作日内书面提出，无异议部分按期支付。

第五条　实施与上线验收
（1）乙方应于合同签订后75日内完成全部门店的配置、数据迁移与接口对接，并提交上线验收申请。
（2）验收标准：①迁移后患者档案、库存数量、会员余额与原系统核对一致；②医保结算接口联调通过，抽查200笔结算无差错；③挂号、处方、收费全流程在3家试点门店连续运行10日无一级故障；④门店人员培训完成并考核合格。
（3）甲方应在收到申请后10个工作日内组织验收并出具书面意见。部分门店开始使用不视为验收合格。验收不通过的，乙方应在10日内完成整改并重新提交申请。
（5）上线切换采用分批方式，每批不超过8家门店，切换期间乙方应安排实施人员驻店，保证门店挂号和收费不中断；原系统数据在新平台稳定运行满30日前由乙方负责保留可回退条件。
（4）乙方逾期完成上线验收的，每逾期一日向甲方支付违约金1,500元。

第六条　服务水平
（1）平台月度可用率不低于99.5%，计划内维护须安排在22:00至次日7:00之间并提前48小时通知。
（2）故障分级：一级故障指挂号或药房收费功能在任一门店整体中断，乙方应在20分钟内响应，2小时内恢复；二级故障指部分功能异常，1小时内响应，8小时内解决；三级故障为一般咨询，当日答复。
（3）服务补偿：月度可用率未达到第（1）项约定，或一级故障超过恢复时限的，乙方按当月订阅费的5%向甲方提供服务抵扣；同一月内发生三次以上一级故障的，抵扣比例提高至当月订阅费的10%。抵扣金额从下一期订阅费中扣除。

第七条　数据归属与数据安全
（1）甲方在平台中产生和上传的患者信息、处方、库存及经营数据均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得将其用于其他任何目的，不得向任何第三方提供。
（2）乙方应确保平台通过网络安全等级保护第三级测评，对个人信息和处方数据实施加密存储与传输，建立访问权限分级和操作日志审计制度，每日备份，并遵守《个人信息保护法》《数据安全法》。
（3）发生数据泄露、毁损或丢失的，乙方应在24小时内书面通知甲方并采取补救措施；因乙方原因造成的，由乙方承担全部法律责任并赔偿甲方损失。
（4）合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除平台中的甲方数据，出具删除证明。

第八条　保密
（1）双方对在合作中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意，不得向第三方披露。
（2）乙方应要求其接触甲方信息的员工签署保密承诺，并对员工违反保密义务的行为承担责任。
（3）保密义务在本合同终止后三年内继续有效。

第九条　知识产权
（1）云平台及其软件的知识产权归乙方所有。
（2）乙方为甲方定制的处方模板、报表格式、接口配置及相关文档归甲方所有，甲方可自由使用、修改或交由第三方使用。
（3）乙方保证甲方使用平台不侵犯任何第三方的知识产权；因此发生纠纷的，由乙方负责处理并承担全部费用。

第十条　责任限制
（1）除违反第七条、第八条或故意、重大过失造成的损失外，乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限。

第十一条　分包
（1）乙方不得将本合同服务转包。公有云资源以外的实施工作需委托第三方的，应事先取得甲方书面同意。
（2）乙方更换所用公有云服务商的，应提前60日书面通知甲方，并保证甲方数据始终存储于中国境内。

第十二条　合同解除
（1）一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权解除本合同。
（2）连续两个月平台月度可用率未达到第六条约定，或乙方逾期完成上线验收超过30日的，甲方有权书面通知解除本合同。
（3）因乙方原因解除合同的，乙方应退还甲方已付但尚未使用服务期对应的订阅费，并配合甲方在60日内完成数据迁出和向新服务商的过渡，过渡期内服务水平不降低。

第十三条　法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交成都仲裁委员会仲裁。

第十四条　其他
（1）因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复，不可抗力不包括乙方所用云服务商的一般故障。
（2）附件一：门店清单；附件二：功能清单；附件三：数据迁移范围。附件与本合同具有同等效力。
（3）本合同一式两份，双方各执一份，经双方签字盖章后生效。

甲方（盖章）：杏林堂医药连锁有限公司　　　　乙方（盖章）：成都本草云图科技有限公司
授权代表：　　　　　　　　　　　　　　　　　授权代表：
日期：2025年　月　日　　　　　　　　　　　　日期：2025年　月　日
"""

H383Z04 = """青州市博物馆藏品管理系统运维服务合同

项目编号：QZCG-2025-CS-0087（竞争性磋商）
合同编号：QZBWG-YW-2025-03

采购人（甲方）：青州市博物馆
地址：青州市文博路3号
成交供应商（乙方）：济宁文澜数字科技有限公司
地址：济宁市任城区科苑路218号

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就甲方藏品管理系统运维服务事项订立本合同。

1. 服务范围
1.1 乙方为甲方藏品管理系统（含藏品登录编目、影像管理、出入库管理、库房环境监测接口及数字化展示子系统）提供运行维护服务。
1.2 服务内容包括：日常巡检与监控；故障诊断与排除；数据库维护与备份；系统补丁和版本升级部署；年度藏品账目与系统数据核对；业务人员操作培训与咨询；重大展览及节假日期间的现场保障。
1.3 服务对象涉及的服务器、存储设备和网络设备由甲方提供，乙方负责其上运行的软件环境维护，硬件故障由乙方协调原厂处理。
1.4 服务期开始后10个工作日内，乙方应与甲方及原运维单位完成交接，核对系统清单、账号清单、备份介质和遗留问题清单，并形成交接记录。交接中发现的问题，由乙方在首个季度内提出处理方案。

2. 服务期限与地点
2.1 服务期自2025年4月1日起至2026年3月31日止。服务期满本合同终止，甲方如需继续采购，依法重新组织采购程序。
2.2 服务地点为甲方馆区及甲方指定的库房。因展览需要，甲方在馆外举办临时展览的，乙方应按甲方通知派员提供现场技术保障，差旅费用已包含在合同价款内。

3. 服务要求
3.1 乙方应指派1名驻场工程师，工作日8:30至17:30在甲方现场值守；另配备数据库工程师和开发工程师各1名提供远程支持。
3.2 乙方每月完成一次全面巡检，每周完成一次数据库全量备份并进行备份恢复抽查，于每月5日前向甲方提交上月运维报告。
3.3 乙方应于2025年9月30日前完成藏品管理系统年度版本升级部署，并完成升级后的功能测试和数据校验。
3.4 故障响应要求：
3.4.1 一级故障（系统无法登录、数据库异常或出入库功能中断），乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；
3.4.2 二级故障（部分模块功能异常），乙方应在2小时内响应，24小时内解决；
3.4.3 三级故障（操作咨询、报表调整等），乙方应在1个工作日内处理完毕。
3.5 节假日、重大展览开幕前后各3日，乙方应增派工程师现场保障。
3.6 驻场工程师应具备三年以上数据库或应用系统运维经验，熟悉博物馆藏品登录著录规范；乙方更换驻场人员须提前10个工作日书面告知甲方并经甲方同意，新人员资历不得低于原人员。
3.7 乙方应在服务期开始后30日内编制系统故障应急预案，报甲方确认，并在服务期内配合甲方组织至少两次应急演练。
3.8 乙方应为甲方业务人员提供不少于两次集中培训，内容包括藏品登录、影像上传、出入库审批和统计报表的使用。

4. 服务费用及支付
4.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括人员费用、差旅、工具、税费及完成服务所需的全部费用。
4.2 服务费按季度支付，每季度121,500元。每季度结束后，甲方根据第5条考核结果在15个工作日内支付该季度服务费，考核扣减的金额从当季服务费中扣除。
4.3 本合同不设预付款。乙方应在每次付款前开具合法发票。
4.4 服务期内合同价款固定不变。因甲方新增子系统或新增库房需扩大服务范围的，双方按政府采购有关规定另行协商，未经书面确认的额外工作，乙方不得另行收费。

5. 考核与验收
5.1 甲方每季度对乙方服务进行考核，考核内容包括：巡检及报告按时完成情况、故障响应与恢复时限达标情况、备份恢复抽查结果、驻场人员出勤及用户满意度。考核满分100分，得分90分及以上为合格。
5.2 乙方未按第3.4条时限响应或恢复的，每超时一小时，甲方扣减服务费300元；季度考核得分低于90分的，每低1分扣减当季服务费1,000元。
5.3 服务期满前20日内，甲方组织年度验收，验收依据为本合同第3条服务要求、四个季度考核记录、年度升级测试报告和年度数据核对报告。验收合格后双方签署验收书。
5.4 年度验收不合格的，乙方应在15日内整改，整改期间服务内容不变，且不得另行收取费用。

6. 数据归属
6.1 藏品管理系统中的藏品档案、影像资料、库房环境数据和出入库记录均属于甲方所有。
6.2 乙方仅可为履行本合同运维义务使用上述数据，不得用于本合同以外的任何目的。

7. 保密
7.1 乙方及其工作人员对在服务中知悉的未公开藏品信息、库房位置、安防布置及甲方内部资料负有保密义务，未经甲方书面同意不得对外披露、发表或提供给第三方。
7.2 乙方应与驻场人员签订保密承诺书。保密义务不因本合同期满或终止而解除。

8. 知识产权
8.1 乙方在服务过程中为甲方编写的运维文档、巡检脚本、数据核对程序及报表模板，其知识产权归甲方所有。
8.2 乙方保证提供的服务及工具不侵犯第三方的知识产权。乙方运维中使用的第三方工具软件，由乙方自行取得合法授权并承担相关费用。

9. 违约责任
9.1 乙方未按第3.3条约定完成年度版本升级部署的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 乙方驻场人员未经甲方同意擅自更换或缺岗的，每人每日扣减服务费500元。
9.3 乙方提交的巡检记录、运维报告或考核材料与实际不符的，每发现一次扣减服务费2,000元，并应在5日内重新完成相应工作。

10. 合同履行
10.1 合同履行期间，任何一方不得单方解除本合同。乙方服务不符合约定的，甲方可依照第5条、第9条扣减服务费或要求乙方支付违约金，乙方应继续履行合同直至服务期满。
10.2 乙方不得将本合同服务转包或分包给第三方。
10.3 驻场人员应遵守甲方文物安全和库房管理制度，进入库房须经甲方批准并由甲方人员陪同。
10.4 乙方工作人员在甲方场所发生人身伤害或造成第三方损害的，由乙方依法承担责任，甲方有过错的除外。

11. 法律适用与争议解决
11.1 本合同适用中华人民共和国法律。
11.2 履行本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

12. 其他
12.1 磋商文件、响应文件及成交通知书为本合同组成部分。
12.2 服务期满或合同终止时，乙方应向甲方或甲方指定的新服务单位移交全部运维文档、账号口令、脚本和未结问题清单，并提供不少于10个工作日的交接配合。
12.3 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：青州市博物馆　　　　　　乙方（盖章）：济宁文澜数字科技有限公司
法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
签订日期：2025年　月　日
"""

H383Z05 = """# 质衡QMS质量管理系统软件许可及开发合同

> 质衡软件标准合同文本 ZH-QMS-V5.0　　合同编号：ZH-2025-XS-0419

**甲方（用户）**：高邮湖蛋香食品有限公司　　地址：江苏省高邮市湖西工业园禽蛋路8号

**乙方（供应商）**：苏州质衡软件有限公司　　地址：江苏省苏州市工业园区星湖街328号

甲方主营咸鸭蛋、松花蛋及蛋黄制品的生产与出口。为满足食品安全追溯和出口检验要求，甲方拟采购乙方质衡QMS质量管理系统并由乙方进行定制开发。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供质衡QMS标准版软件许可（50个并发用户）及移动巡检模块许可，许可方式为永久许可，限甲方在其高邮生产基地使用。

1.2 乙方按甲方需求进行以下定制开发：鸭蛋原料入厂验收及批次编码；腌制池盐度、温度在线检测数据接口；腌制周期与批次追溯；出口检验报告及卫生证书申报资料模板。

1.3 乙方负责系统部署、基础数据初始化和用户培训。

1.4 系统运行所需的服务器、数据库软件、操作系统、移动终端及盐度、温度检测仪表由甲方自行采购，不包含在本合同价款内。甲方应保证运行环境符合乙方《系统配置要求》。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | QMS标准版软件许可（50并发用户） | 326,000 |
| 2 | 移动巡检模块许可 | 84,000 |
| | 软件许可小计 | 410,000 |
| 3 | 定制开发（批次追溯、检测接口、出口报告模板） | 358,000 |
| 4 | 实施部署及培训 | 72,000 |
| | 合计 | 840,000 |

合同总价为人民币捌拾肆万元整（¥840,000），含增值税。定制开发以双方确认的《需求说明书》为准，超出该范围的开发工作按每人天2,800元另行计费，差旅费用由甲方按实报销。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即462,000元，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即378,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停实施、暂停技术支持直至甲方付清。

## 第四条 交付与上线

4.1 乙方应于收到预付款后90日内完成软件部署及定制开发，并通知甲方上线。

4.2 甲方应为上线提供服务器、网络环境及基础数据。因甲方原因未能按期上线的，交付期限相应顺延。

4.3 乙方为甲方提供两次现场集中培训，每次不超过2天，培训对象为甲方质检部、生产部和出口业务人员。额外培训按乙方人天单价收费。

4.4 乙方交付的文档包括用户手册、管理员手册和接口说明，以电子版形式提供。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整要求，乙方视情况安排，超出原需求范围的按乙方人天单价另行收费。

## 第六条 免费维护期

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括远程故障处理和软件缺陷修复。

6.2 免费维护期内，一级故障（系统无法登录或批次追溯功能不可用）乙方在8小时内响应，二级故障在2个工作日内响应，其他问题在5个工作日内答复。

6.3 故障响应与处理时间为乙方的服务目标，乙方未能达到的，不承担扣款、赔偿或违约金责任。

6.4 因甲方操作不当、运行环境变化、第三方软硬件故障或甲方自行修改数据造成的问题，不属于免费维护范围，乙方可按人天单价收费处理。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护协议。

7.2 年度维护费按乙方当年公布的价格标准执行，乙方有权根据市场情况调整。

## 第八条 知识产权

8.1 QMS软件及其标准功能的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、检测接口程序、报表模板及源代码，其知识产权归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入和产生的检验数据、批次数据及客户信息归甲方所有。

9.2 乙方应采取访问控制、数据备份和传输加密等措施保护甲方数据安全，发生数据泄露的，乙方应在24小时内通知甲方；因乙方原因导致数据泄露的，乙方承担相应责任。

9.3 甲方同意，乙方可在去除甲方名称等标识信息后，将甲方的检验及工艺数据用于乙方产品改进、行业质量分析和算法训练。

9.4 系统部署在甲方服务器上，甲方负责服务器的日常备份和安全管理；乙方远程维护时应使用甲方分配的账号。

## 第十条 保密

10.1 双方对在合作过程中获知的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条不限制乙方依照第9.3条使用数据。

## 第十一条 分包

11.1 乙方可根据项目需要将部分开发、实施工作交由其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作质量负责。

## 第十二条 违约责任

12.1 乙方未按第4.1条期限交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失或产品召回损失承担责任。

12.3 因不可抗力、甲方原因或第三方软硬件原因造成的延误，乙方不承担违约责任，交付期限相应顺延。

## 第十三条 合同解除

13.1 一方严重违反本合同，经对方书面通知后30日内未纠正的，守约方有权解除本合同。

13.2 合同解除后，甲方已支付的预付款中对应乙方已完成工作的部分不予退还，乙方已完成工作量以乙方出具的工作记录为准。

## 第十四条 争议解决

14.1 因本合同引起的争议，双方应友好协商；协商不成的，提交苏州仲裁委员会仲裁，仲裁费用由败诉方承担。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，双方可另行签订补充协议。乙方的报价单、《系统配置要求》及功能清单为本合同附件。

15.3 本合同为乙方标准合同文本，双方对其中条款已充分协商并理解。

**甲方（盖章）**：高邮湖蛋香食品有限公司　　　　**乙方（盖章）**：苏州质衡软件有限公司

授权代表：＿＿＿＿＿＿　　　　授权代表：＿＿＿＿＿＿

日期：2025年＿＿月＿＿日
"""

H383E01 = """T:SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. SNLQ-SW-2025-04
P:This Agreement is made between Shouning Langqiao Heritage Model Workshop Co., Ltd., a company registered in Shouning County, Ningde, Fujian Province, People's Republic of China (the "Buyer"), and TimberLogic Fergana LLC, a company registered in Fergana, Republic of Uzbekistan, with its office at 14 Al-Farghoni Street, Fergana (the "Supplier").
P:Background. The Buyer builds scale models and teaching replicas of the woven timber arch bridges of Shouning and northern Fujian for museums, schools and heritage programmes. It wishes to replace hand drafting with joinery design software that can model interlocking beam systems, produce cutting lists and drive its two CNC routers. The Supplier publishes the TimberLogic joinery design suite and has agreed to license it, to build a component library for woven arch structures and to install and support the software on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means TimberLogic Joinery Designer and the TimberLogic CNC Post-Processor, in the versions listed in Article 2, with their documentation and updates supplied under this Agreement.
P:1.2 "Custom Library" means the parametric library of woven arch components, mortise and tenon joints, deck frames and corridor roof members that the Supplier develops for the Buyer under Article 3.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5 that the Licensed Software and the Custom Library meet the Acceptance Criteria.
P:1.4 "Buyer Data" means drawings, models, measurements, photographs, cutting lists and any other data created or uploaded by the Buyer or derived from them.
H:Article 2 Licences and Price
P:2.1 The Supplier grants the Buyer perpetual, non-exclusive, non-transferable licences to install and use the Licensed Software on the number of workstations stated below, at the Buyer's premises in Shouning and on laptops used by its staff.
P:2.2 At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY). The prices are fixed and include all taxes, duties, travel and expenses of the Supplier.
P:Item 1  Joinery Designer, perpetual licence  6 seats x CNY 46,500  CNY 279,000
P:Item 2  CNC Post-Processor, perpetual licence  2 seats x CNY 38,000  CNY 76,000
P:Licence subtotal  CNY 355,000
P:Item 3  Custom Library development  fixed price  CNY 124,000
P:Item 4  Installation, configuration and on-site training  fixed price  CNY 31,000
P:Contract Price  CNY 510,000
H:Article 3 Custom Library
P:3.1 The Supplier shall develop the Custom Library from the Buyer's survey drawings of at least eight reference bridges, so that a user can generate a complete bridge model by choosing the span, rise, number of beam groups and deck width.
P:3.2 Each component shall carry its joinery details, timber species, grain direction and tolerance, and shall export directly to the cutting list and to the CNC Post-Processor.
P:3.3 The Supplier shall deliver the Custom Library in two releases: a first release covering the arch system within 60 days after signature, and a complete release covering deck and corridor roof members within 100 days after signature.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 15 days after signature of this Agreement, against the Supplier's invoice and a bank guarantee of the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after installation of the Licensed Software and delivery of the first release of the Custom Library. Installation and delivery are not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the account named in the Supplier's invoice. Bank charges outside China are for the Supplier's account.
H:Article 5 Installation and Acceptance
P:5.1 The Supplier shall install the Licensed Software on the Buyer's workstations, connect the CNC Post-Processor to the Buyer's two routers and train eight members of the Buyer's staff for at least four working days at the Buyer's premises.
P:5.2 The Acceptance Criteria are: (a) a complete model of each of three reference bridges chosen by the Buyer is generated from the Custom Library without manual redrawing; (b) the cutting lists for those models match the Buyer's manual take-off within 1 mm per member; (c) test members cut on both routers from the generated files fit together without rework; (d) all functions listed in Annex A work as described; and (e) no Priority 1 defect occurs during a 20-day trial period.
P:5.3 The Buyer shall carry out the tests within 15 days after the Supplier's notice that the complete release is ready and shall issue either a Final Acceptance certificate or a written list of failures. The Supplier shall correct failures within 10 days and the tests shall be repeated. Installation, use in production or any payment shall not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Licensed Software and the Custom Library will perform substantially in accordance with their documentation and Annex A for a warranty period of 24 months from Final Acceptance. During the warranty period the Supplier shall correct defects free of charge and supply all updates and new versions it releases.
P:6.2 The Supplier shall provide support by telephone, e-mail and remote session in Chinese or English. Defects are classified as follows: Priority 1, the software cannot start, models cannot be saved, or CNC output is wrong; Priority 2, a function fails but a workaround exists; Priority 3, questions and minor faults.
P:6.3 The Supplier shall respond to a Priority 1 defect within 2 hours and restore normal working within 24 hours; it shall respond to a Priority 2 defect within 8 working hours and correct it within 5 working days; and it shall answer Priority 3 matters within 3 working days.
P:6.4 If the Supplier misses a response or restoration time for a Priority 1 defect, it shall pay the Buyer CNY 300 for each hour of delay, which the Buyer may deduct from any amount due.
P:6.5 After the warranty period, the Supplier shall offer annual support and updates at a fee of 11% of the Licence subtotal, that is CNY 39,050 per year. The fee is fixed for the three years following the warranty period and may change afterwards only by written agreement. Support is renewed only by the Buyer's written order.
H:Article 7 Delay
P:7.1 If the Supplier fails to deliver either release of the Custom Library or to achieve Final Acceptance by the dates in this Agreement, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay.
P:7.2 If the delay exceeds 45 days, the Buyer may also terminate this Agreement under Article 13.
H:Article 8 Intellectual Property
P:8.1 The Supplier retains all rights in the Licensed Software, subject to the licences granted in Article 2.
P:8.2 All rights in the Custom Library, including its source files, parameters and documentation, vest in the Buyer on creation. The Buyer may use, modify, copy and license the Custom Library freely, including for use with other software. The Supplier shall deliver the source files with the complete release.
P:8.3 The Supplier warrants that the Licensed Software does not infringe any third party's rights and shall defend and indemnify the Buyer against any claim that it does.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:9.2 All Buyer Data stays on the Buyer's computers in China. The Supplier shall access them remotely only through a session approved by the Buyer for each occasion, shall use the secure remote tool specified by the Buyer, and shall not transfer any Buyer Data out of China. The Licensed Software shall not send usage or model data to the Supplier.
P:9.3 The Supplier shall notify the Buyer within 24 hours of any actual or suspected unauthorised access to Buyer Data that involves the Supplier's staff, tools or software, shall cooperate in remedying it and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's survey drawings and the unpublished measurements of heritage bridges, and shall use it only for this Agreement.
P:10.2 This obligation continues for three years after this Agreement ends, and without limit in time for the survey drawings.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims under Article 8.3, breaches of Articles 9 and 10, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's notice, or in the case described in Article 7.2.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for the items not accepted, and the perpetual licences already paid for shall remain in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Uzbekistan.
P:14.2 Any dispute arising from this Agreement shall be settled by arbitration at the Tashkent International Arbitration Centre (TIAC) under its rules, with the seat of arbitration in Tashkent. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement is signed in English and Chinese; both versions have equal effect. Annex A (Functional List) and Annex B (Reference Bridges) form part of it.
P:15.2 Notices shall be given in writing to the addresses above, and by e-mail to the project contacts named in Annex B.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

H383E02 = """# ORDER FORM AND GENERAL TERMS

**Order Form No. KHV-OF-2025-118**

**Provider:** Altai Steppe Booking Systems LLC, Jargalant soum, Khovd aimag, Mongolia ("Provider")

**Customer:** Xishuangbanna Wild Elephant Valley Tourism Development Co., Ltd., Jinghong, Yunnan Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Service

Provider will supply its "SteppeTix" online booking and ticketing service (the "Service") for Customer's park: timed-entry tickets, elephant-observation walkway slots, tram and cable-car bookings, group and school reservations, gate scanning, refunds and daily revenue reports. Customer's visitors will book through Customer's WeChat mini-program and website, which call the Service's booking interface.

### A2. Subscription Term

The Subscription Term is two Subscription Years, starting on the date of Go-Live Acceptance under A5. Each Subscription Year runs from that date or its anniversary. The Agreement ends at the end of the Subscription Term unless the parties sign a new Order Form; any renewal will be at the same Subscription Fee unless the parties agree otherwise in writing.

### A3. Fees

At Customer's request, all fees are stated and invoiced in Chinese Renminbi (CNY) and include all taxes.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | up to 1.2 million tickets | 286,000 |
| Subscription Fee, Subscription Year 2 | up to 1.2 million tickets | 286,000 |
| Onboarding (configuration, gate integration, WeChat mini-program interface, training) | one-time, fixed | 48,000 |
| Total fees for the Subscription Term | | 620,000 |

Tickets above the annual volume are charged at CNY 0.12 per ticket, invoiced quarterly in arrears.

### A4. Invoicing and Payment

(a) The Onboarding fee is invoiced after Go-Live Acceptance.

(b) The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice.

(c) No amount is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

(a) Provider will complete onboarding within 45 days after signature of this Order Form, including configuration of ticket types, prices and daily capacity limits, integration with Customer's 14 gate turnstiles and the interface to Customer's WeChat mini-program.

(b) Customer will test the Service for 10 days against the Go-Live test plan attached as Schedule 1, which includes: 2,000 test bookings with correct capacity control, scanning at every gate in under one second, correct refunds, reconciliation of the daily revenue report with the payment channel records, and a load test of 500 bookings per minute.

(c) If the tests pass, Customer will sign a Go-Live Acceptance certificate. Opening the Service to the public before the certificate is signed is not acceptance.

(d) If Go-Live Acceptance is not achieved within 45 days after signature for reasons attributable to Provider, Provider will pay Customer CNY 500 for each day of delay.

### A6. Training and Documentation

Provider will train up to 20 members of Customer's ticketing, gate and finance staff on site in Jinghong during onboarding, in Chinese, and will provide an operator manual, an administrator manual and the interface specification. Further remote training sessions during the Subscription Term are included in the Subscription Fee.

### A7. Peak Periods

During the Spring Festival, the Water-Splashing Festival in April, the May Day holiday and the National Day holiday, Provider will keep a named engineer on call in China Standard Time, will increase the capacity of the booking interface to at least twice the normal peak load, and will not carry out planned maintenance. Customer will give Provider the expected visitor numbers for each peak period at least 20 days in advance.

### A8. Contacts

Provider: project manager Ms. Bolormaa, support desk available in Chinese and English. Customer: Information Centre of the park.

## PART B - GENERAL TERMS

### B1. Service Levels

1.1 Provider will make the booking interface and gate scanning available at least 99.95% of each calendar month, excluding planned maintenance notified 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

1.2 Incidents are classified as: Priority 1, visitors cannot book or gates cannot validate tickets; Priority 2, a function such as refunds or reports fails; Priority 3, other issues. Provider will respond to Priority 1 incidents within 30 minutes at any time and restore service within 3 hours; Priority 2 within 2 hours and resolve within 1 business day; Priority 3 within 1 business day.

1.3 If monthly availability falls below the level in 1.1, or a Priority 1 incident is not restored in time, Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each failure, up to 25% in any month. Credits are deducted from the next invoice.

### B2. Customer Data

2.1 Customer Data means all data entered into or generated by the Service for Customer, including visitor names, identity document numbers, telephone numbers, bookings, payments and gate records. Customer Data belongs to Customer.

2.2 Provider will process Customer Data only to provide the Service and as described in 2.3.

2.3 Customer grants Provider a perpetual right to use Customer Data in aggregated and de-identified form to compile visitor-flow benchmarks for the tourism industry, to improve its products and to develop demand forecasting models, during and after the Subscription Term. Such data will not identify Customer or any visitor.

### B3. Data Security

3.1 Provider will host the Service and all Customer Data in data centres in mainland China operated by a cloud provider holding an MLPS level 3 record, and will not transfer personal information out of mainland China.

3.2 Provider will encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for 180 days and comply with the Personal Information Protection Law and the Data Security Law of the PRC.

3.3 Provider will notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will take remedial measures and will be responsible for the losses caused to Customer by incidents resulting from its breach of this clause.

3.4 Provider will back up Customer Data daily, keep backups in a second mainland China data centre and test restoration at least every quarter.

3.5 Customer or an auditor appointed by Customer may, on 10 business days' notice, review Provider's security measures relating to the Service once in each Subscription Year.

3.6 Within 30 days after the Agreement ends, Provider will return Customer Data in CSV format and then delete it, and will confirm the deletion in writing.

### B4. Confidentiality

4.1 Each party will keep the other party's confidential information secret, use it only under this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties.

4.2 This clause survives for three years after the Agreement ends.

### B5. Intellectual Property

5.1 Provider owns the Service and all its software.

5.2 Provider will keep the Service up to date, including changes needed for new payment channels and for new rules on real-name ticketing issued by the authorities, at no extra charge.

5.3 The ticket-type configurations, price rules, report layouts and interface specifications prepared for Customer belong to Customer, which may use, modify and share them with any successor provider.

### B6. Subcontracting

6.1 Provider may not subcontract any part of the Service without Customer's prior written consent, except for the hosting provider named in Schedule 2, which Customer approves by signing this Order Form.

### B7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

7.2 Provider's total liability under this Agreement is limited to the Subscription Fees payable for the six months preceding the event giving rise to the claim.

7.3 The limits in 7.1 and 7.2 do not apply to personal injury, fraud or wilful misconduct.

### B8. Term and Termination

8.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

8.2 Customer may also terminate if monthly availability falls below the level in 1.1 in two consecutive months.

8.3 On termination by Customer under 8.1 or 8.2, Provider will refund the Subscription Fee paid for the remaining part of the current Subscription Year and will provide reasonable transition assistance for up to 60 days, during which the Service continues on the same terms.

### B9. Governing Law and Disputes

9.1 This Agreement is governed by the laws of Mongolia.

9.2 Any dispute will be finally resolved by arbitration administered by the Mongolian International and National Arbitration Center in Ulaanbaatar, in English.

### B10. General

10.1 Neither party may assign this Agreement without the other's written consent.

10.2 Notices must be in writing and sent to the contacts in A8.

10.3 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other promptly and resumes performance as soon as possible.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

H383E03 = """T:Supply and Installation Contract for Pond-Level Monitoring Equipment
P:Contract No. HHLO-EQ-2025-09
P:Buyer: Honghu Lianxiang Lotus Root Agriculture Co., Ltd., Honghu City, Jingzhou, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Ashdod AquaSense Integration Ltd., 7 HaOrgim Street, Ashdod, Israel (the "Supplier").
P:The Buyer farms lotus root and fish in 1,100 mu of ponds near Honghu Lake, where water level and water quality decide yield and the timing of harvest. The Buyer wishes to replace manual gauge readings with automatic pond-level and water-quality monitoring. After comparing offers, the Buyer has chosen the Supplier. The parties agree as follows, on the Buyer's standard contract terms.
H:Section 1 Scope
P:1.1 The Supplier shall design, supply, install, configure and commission a monitoring system consisting of ultrasonic pond-level sensors, water-quality probes, LoRa gateways, solar power units and monitoring software (the "System"), and shall train the Buyer's staff.
P:1.2 The Supplier shall develop for the Buyer a dashboard and alarm rules for water level, dissolved oxygen, pH and water temperature, with alerts by SMS and WeChat to the pond managers (the "Custom Work").
P:1.3 The equipment shall be suitable for outdoor use in standing water and high humidity, with protection of at least IP68 for sensors and IP66 for gateways.
H:Section 2 Contract Price
P:2.1 At the Buyer's request, all prices are in Chinese Renminbi (CNY). The Contract Price is CNY 750,000, fixed, including delivery to the farm (DDP Honghu), import duties, VAT, installation materials and all other costs of the Supplier.
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Ultrasonic pond-level sensor|64|246,400
TB:2|Water-quality probe (DO, pH, temperature)|32|198,400
TB:3|LoRa gateway with solar power unit|6|58,800
TB:4|Monitoring software, perpetual licence|1|88,000
TB:|Hardware and licence subtotal||591,600
TB:5|Installation (poles, mounting, solar panels, cabling)|1 lot|96,400
TB:6|Custom Work (dashboard and alarm rules)|1 lot|52,000
TB:7|Training|1 lot|10,000
TB:|Contract Price||750,000
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 days after signature, against the Supplier's invoice and an advance payment guarantee issued by a bank in China.
P:3.2 The Buyer shall pay 55% of the Contract Price within 20 days after all equipment has been delivered and installed. Delivery and installation are not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm within 60 days after signature and complete installation within 90 days after signature.
P:4.2 Installation work in the ponds shall be planned with the Buyer's production department so that it does not disturb planting or harvest. The Supplier shall follow the Buyer's safety rules for work on embankments and boats.
P:4.3 If the Supplier fails to complete installation or to achieve Final Acceptance on time, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 40 days, the Buyer may terminate the Contract under Section 12.
P:4.4 The Supplier is responsible for export and import formalities, customs clearance and any inspection required in China. Equipment shall be new, of current production, and delivered with certificates of origin and of conformity. The Buyer shall check the quantities and visible condition on delivery and sign a delivery note, which records only that the goods have arrived.
H:Section 5 Acceptance
P:5.1 After installation, the System shall run for a 30-day trial period. Final Acceptance requires that: (a) the level readings of every sensor agree with a reference staff gauge within 1 cm in three sets of manual checks; (b) dissolved oxygen and pH readings agree with calibrated handheld meters within the tolerances in Annex 1; (c) at least 98% of scheduled readings from every sensor reach the software during the trial period; (d) every alarm rule is triggered in a test and the alerts reach the pond managers within two minutes; and (e) the documentation and training in Section 8 have been completed.
P:5.2 The Buyer shall issue a Final Acceptance certificate within 10 days after a successful trial, or a written list of failures. The Supplier shall correct failures and repeat the trial for the affected part. Delivery, installation, operation of the System or any payment does not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the System, including all equipment, the software and the Custom Work, for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective items free of charge, including parts, labour, travel and shipping, and shall supply software updates.
P:6.2 Faults are classified as: Priority 1, a gateway is down or more than five sensors stop reporting; Priority 2, a single sensor or probe fails or gives wrong readings; Priority 3, other questions. The Supplier's local service partner approved under Section 10 shall respond to a Priority 1 fault within 1 hour and arrive on site within 24 hours; Priority 2 faults shall be answered within 8 hours and fixed within 5 days.
P:6.3 For each hour by which the Supplier exceeds the Priority 1 response or on-site time, the Supplier shall pay the Buyer CNY 400, deductible from any amount due.
P:6.4 During the warranty period the Supplier shall recalibrate all water-quality probes twice a year, before the planting season and before the autumn harvest, and shall record the results in the software.
P:6.5 The Supplier shall keep at the farm, at its cost, two spare level sensors, two spare probes and one spare gateway during the warranty period.
P:6.6 After the warranty period the Buyer may order annual support, covering repairs, calibration and software updates, at a fixed fee of 7% of the hardware and licence subtotal, that is CNY 41,412 per year, for at least three years. Support continues only if the Buyer places a written order each year.
H:Section 7 Intellectual Property
P:7.1 The Supplier or its licensors keep their rights in the monitoring software. The Buyer receives a perpetual licence to use it.
P:7.2 The Custom Work, including dashboards, alarm rules, configuration files and their documentation, belongs to the Buyer. The Buyer may use, change and license it freely, and may have it maintained by third parties.
H:Section 8 Documentation and Training
P:8.1 The Supplier shall deliver, in Chinese, an installation record with the position of every sensor, a user manual, a maintenance manual and the calibration procedure.
P:8.2 The Supplier shall train six of the Buyer's staff for three days on use, calibration, cleaning of probes and replacement of sensors.
H:Section 9 Data and Data Security
P:9.1 All readings, alarms, pond maps and other data collected or produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The monitoring software shall run on the Buyer's server at the farm office. The Supplier shall not route data through servers outside China, shall change all default passwords, enable encryption between gateways and server, and shall access the System remotely only with the Buyer's approval for each session.
P:9.3 The Supplier shall report any security incident involving the System to the Buyer within 12 hours and shall be liable for losses caused by its failure to comply with this Section.
H:Section 10 Subcontracting
P:10.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents to Wuhan Shuiyun Technology Co., Ltd. as the Supplier's local installation and service partner. The Supplier remains responsible for all subcontracted work.
H:Section 11 Confidentiality
P:11.1 Each party shall keep confidential the information received from the other party, including the Buyer's farm layout, yields and prices, and the Supplier's technical documents marked as confidential, and shall not disclose it to third parties without written consent. This duty lasts for three years after the end of the Contract.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's written notice, or in the case stated in Section 4.3.
P:12.2 On termination under 12.1, the Supplier shall refund the amounts received for items not accepted and shall remove its equipment if the Buyer so requests.
H:Section 13 Liability
P:13.1 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 11.
H:Section 14 Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:Section 15 Miscellaneous
P:15.1 This Contract is made in English and Chinese, both versions having equal force. Annex 1 (Technical Specifications and Tolerances) and Annex 2 (Sensor Layout) form part of it.
P:15.2 Notices under this Contract shall be in writing and delivered by hand, courier or e-mail to the project managers named in Annex 2. A notice sent by e-mail is received on the next business day in China. Any change to this Contract must be agreed in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H383E04 = """# MANAGED WIRELESS NETWORK SERVICE AGREEMENT

Agreement reference: ZSML-MWS-2025-02

**Between**

(1) **Zhongshan Guzhen Mingliang Lighting Co., Ltd.**, Guzhen Town, Zhongshan, Guangdong Province, People's Republic of China (the "Customer"); and

(2) **Prut Valley Networks S.R.L.**, 21 Nationala Street, Ungheni, Republic of Moldova (the "Provider").

**Background**

(A) The Customer designs and manufactures decorative and commercial lamps and runs a factory, a warehouse, a showroom and an office building in Guzhen. It needs reliable wireless coverage for its staff, its warehouse scanners, its automated guided vehicles and showroom visitors.

(B) The Provider designs, installs and operates managed wireless networks and has agreed to provide such a service to the Customer on the terms of this Agreement.

## 1. Definitions

1.1 "Service" means the managed wireless network service described in clause 2 and Schedule 1.

1.2 "Sites" means the Customer's factory, warehouse, showroom and office building at Guzhen listed in Schedule 1.

1.3 "Service Commencement Date" means the date of the Service Acceptance certificate under clause 4.

1.4 "Incident" means any failure or degradation of the Service, classified by priority under Schedule 2.

## 2. The Service

2.1 The Provider shall survey the Sites, design the network, supply and install 186 access points, 9 PoE switches and 2 wireless controllers, and operate, monitor and maintain the network for the Initial Term.

2.2 The equipment remains the property of the Provider. The Provider shall replace faulty equipment at its cost and shall refresh any access point that fails more than twice in six months.

2.3 The Service includes separate networks for staff, production devices and guests, a captive portal for showroom visitors with SMS login, monthly performance reports and a named service manager.

2.4 The Provider shall monitor the network from its operations centre 24 hours a day and shall keep a local field engineer contracted in Zhongshan for on-site work.

2.5 The Service includes up to 20 moves, additions or changes of access points per contract year at no extra charge, for example when production lines are rearranged before the lantern season. Larger changes shall be quoted in writing and carried out only on the Customer's written order.

2.6 Planned maintenance shall be carried out between 23:00 and 06:00, or on Sundays, after at least three business days' notice, and shall never affect the guided-vehicle network while the warehouse is working.

## 3. Term

3.1 This Agreement starts on signature. The Initial Term of the Service is 36 months from the Service Commencement Date.

3.2 The Agreement does not renew automatically. If the Customer wishes to continue the Service after the Initial Term, the parties shall agree a new order in writing at least 60 days before the Initial Term ends.

## 4. Installation and Service Acceptance

4.1 The Provider shall complete installation at all Sites within 50 days after signature.

4.2 Service Acceptance tests shall show: (a) signal strength of at least -67 dBm at 95% of the measurement points in Schedule 1; (b) throughput of at least 150 Mbps per client in the office and showroom; (c) roaming of guided vehicles between access points without loss of connection in 200 test runs; (d) correct separation of staff, production and guest networks; and (e) a 7-day run without a Priority 1 Incident.

4.3 The Customer shall sign a Service Acceptance certificate within 5 business days after successful tests, or give written reasons for refusal. Installation or use of the network before that certificate is not acceptance.

4.4 If Service Acceptance is not achieved within 50 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 5. Service Levels

5.1 The Provider shall ensure that the wireless network at each Site is available at least 99.95% of the time in each calendar month, excluding planned maintenance agreed with the Customer.

5.2 The Provider shall respond to and resolve Incidents within the times in Schedule 2.

5.3 If the Provider fails to meet clause 5.1 or the resolution time for a Priority 1 or Priority 2 Incident, the Customer is entitled to the service credits in Schedule 2. Credits are deducted from the next monthly invoice.

5.4 Each monthly report shall show availability per Site, all Incidents with their response and resolution times, the credits due, client numbers and capacity trends, and recommended changes. The parties shall review the report in a monthly service meeting.

## 6. Charges and Payment

6.1 At the Customer's request, all charges are in Chinese Renminbi (CNY), as set out in Schedule 3, and include VAT.

6.2 The installation charge is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears, starting from the Service Commencement Date.

6.3 The Customer shall pay each undisputed invoice within 30 days. No charge is payable in advance.

6.4 The charges are fixed for the Initial Term.

## 7. Customer Data and Security

7.1 All data passing through or stored in the network, including traffic logs, device lists, visitor login records and configuration backups, is Customer Data and belongs to the Customer. The Provider shall use Customer Data only to provide the Service.

7.2 The Provider shall keep logs and configuration backups on servers located in mainland China, shall comply with the PRC Cybersecurity Law and the Personal Information Protection Law, shall protect remote management with multi-factor authentication and encrypted connections, and shall record all administrative access.

7.3 The Provider shall notify the Customer within 12 hours of any security incident affecting the network or Customer Data, shall take immediate steps to contain it and shall be liable for the losses caused to the Customer by any incident resulting from its failure to comply with this clause.

## 8. Designs and Configurations

8.1 The site survey, network design, configurations and documentation prepared for the Customer belong to the Customer, which may use and modify them and hand them to any successor provider.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Service without the Customer's prior written consent, except the local field engineering company named in Schedule 1, which the Customer approves by signing this Agreement. The Provider remains responsible for all subcontractors.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term, except for personal injury, wilful misconduct and breach of clause 7.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if availability at any Site falls below the level in clause 5.1 in three consecutive months.

11.2 On expiry or termination, the Provider shall cooperate with the Customer for up to 60 days to transfer the Service to the Customer or a new provider, and the Customer may buy the installed equipment at its depreciated value.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. General

13.1 Neither party is liable for delay caused by events beyond its reasonable control, such as typhoons, floods or power cuts affecting the region, provided that it informs the other party promptly and restores the Service as soon as possible. Failures of the Provider's own suppliers are not such events.

13.2 Neither party may assign this Agreement without the other party's written consent.

13.3 Notices shall be in writing and sent to the addresses above or to the service managers named in Schedule 1. This Agreement is signed in English and Chinese, both texts being equally valid.

## Schedule 1 - Sites and Equipment

Factory (3 production halls), warehouse with guided-vehicle routes, showroom, office building; 186 access points, 9 PoE switches, 2 controllers; measurement points as marked on the attached floor plans. Approved field engineering company: Zhongshan Lianxun Network Engineering Co., Ltd.

## Schedule 2 - Priorities, Response and Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | A whole Site, the production network or the guided-vehicle network is down | 6 hours | 10 hours | 5% of the monthly charge per Incident |
| Priority 2 | Several access points down or severe slowdown in one area | 8 hours | 1 business day | 2% of the monthly charge per Incident |
| Priority 3 | Single access point, guest portal issue, request for change | 1 business day | 5 business days | none |

Availability credit: 10% of the monthly charge for each month in which clause 5.1 is not met at any Site.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Installation and set-up | one-time, after Service Acceptance | 58,000 |
| Monthly service charge | 36 months x CNY 36,800 | 1,324,800 |
| Total charges for the Initial Term | | 1,382,800 |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

H383E05 = """API SUBSCRIPTION AGREEMENT
CHEMICAL SAFETY DATA CHECK SERVICE

Agreement No. LNK-API-2025-031

PARTIES

Customer: Guangzhou Silkcrown Hair Products Export Platform Co., Ltd., Baiyun District, Guangzhou, Guangdong Province, People's Republic of China ("Customer").

Vendor: Lankaran ChemVerify LLC, 9 Hazi Aslanov Avenue, Lankaran, Republic of Azerbaijan ("Vendor").

RECITALS

Customer operates a cross-border platform on which several hundred Chinese manufacturers sell human-hair and synthetic wigs, hair extensions, dyes and adhesives to buyers in Europe, North America and the Middle East. Before a product is listed, Customer must check that its declared materials, dyes and bonding agents do not contain substances restricted in the destination markets and that its safety data sheets are complete. Vendor operates an application programming interface that checks product composition data against regulatory substance lists and returns a structured compliance result. Customer wishes to subscribe to that interface. The parties have therefore agreed the following terms, which replace all earlier proposals and correspondence about the subscription.

1. DEFINITIONS

1.1 "API" means Vendor's ChemVerify Check interface, its substance database and its documentation, as described in the Schedule.

1.2 "Subscription Year" means each period starting on the Subscription Start Date or on its anniversary and ending on the day before the next anniversary.

1.3 "Subscription Start Date" means the date of the Integration Acceptance certificate under clause 4.

1.4 "Customer Material" means product lists, composition data, safety data sheets, supplier names and any other information that Customer or its merchants submit to the API, and all results returned for them.

2. SERVICE

2.1 Vendor shall give Customer access to the API for the number of checks stated in the Schedule, with the substance lists named in the Schedule kept current. Vendor shall add new restrictions to its database within 10 business days after their official publication.

2.2 Vendor shall provide Customer with API keys for a production environment and a test environment, and technical documentation in English and Chinese.

2.3 Vendor shall use commercially reasonable efforts to keep the API available and to deal with problems reported by Customer. Vendor does not give any commitment on availability, response time or resolution time.

2.4 Customer may contact Vendor's support team by e-mail during Vendor's business hours in Azerbaijan.

2.5 Vendor shall publish release notes for every change to the API or the substance database, and shall give Customer at least 30 days' notice of any change that is not backward compatible, together with a test environment in which Customer can try the new version before it goes live. Vendor shall keep the previous version of the API available during that notice period.

3. TERM

3.1 This Agreement starts on signature and continues for two Subscription Years from the Subscription Start Date.

3.2 The Agreement does not renew automatically. Any extension requires a new written agreement signed by both parties.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 30 days after signature, Vendor shall support Customer in integrating the API into Customer's listing workflow, including a mapping of Customer's product categories to Vendor's substance groups.

4.2 Customer shall then run an acceptance test of 14 days using the test cases in the Schedule. The test is passed if: (a) all 300 reference products are checked and the results match the expected results agreed in the Schedule; (b) single checks sent from Customer's listing system during the test are all answered without errors; (c) batch files of 5,000 products are processed without errors; and (d) the results include the substance, the regulation and the destination market for each finding.

4.3 When the test is passed, Customer shall sign an Integration Acceptance certificate. If the test fails, Vendor shall correct the faults and the test shall be repeated. Use of the API in production before the certificate is signed is not acceptance.

5. FEES AND PAYMENT

5.1 At Customer's request, all fees are stated and paid in Chinese Renminbi (CNY). The fees are set out in the Schedule and include all taxes. The total fees for the two Subscription Years are CNY 396,000.

5.2 Vendor shall invoice the Annual Subscription Fee for each Subscription Year at the start of that Subscription Year. Customer shall pay each invoice within 30 days. No amount is payable before the Subscription Start Date.

5.3 Checks above the annual volume are charged at the rate in the Schedule and invoiced quarterly in arrears.

5.4 The fees are fixed for both Subscription Years.

6. CUSTOMER MATERIAL

6.1 Customer Material belongs to Customer. Vendor shall use Customer Material only to provide the API to Customer and shall not sell, disclose or otherwise use it, whether during or after the term.

7. DATA SECURITY

7.1 Vendor shall protect Customer Material with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff, multi-factor authentication for administrators and logging of all access.

7.2 Vendor shall store Customer Material only for as long as needed to return the result and for a 90-day audit log, and shall then delete it.

7.3 Vendor shall notify Customer within 48 hours after becoming aware of any unauthorised access to, or loss of, Customer Material, shall take all steps needed to contain the incident and shall be responsible for the losses caused to Customer by any incident resulting from Vendor's breach of this clause.

7.4 Where Customer Material includes personal information, Vendor shall process it only on Customer's instructions and in accordance with the Personal Information Protection Law of the PRC, and the parties shall complete any filing or assessment required for the transfer.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including Customer's merchant list and Vendor's database structure, and shall use it only for this Agreement.

8.2 This clause survives for three years after the Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 Vendor owns the API, the substance database and its software.

9.2 The category mapping, the rule settings made for Customer and the compliance reports produced for Customer belong to Customer, which may use, change and share them, including with its merchants and any successor provider.

9.3 Vendor shall defend and indemnify Customer against any claim that the API infringes the rights of a third party.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract the provision of the API or any part of it without Customer's prior written consent.

11. WARRANTIES

11.1 Vendor warrants that the API will substantially perform as described in its documentation and that the substance lists named in the Schedule are kept up to date as stated in clause 2.1.

11.2 Customer remains responsible for the final decision to list a product. Vendor's results are an aid to that decision.

12. LIABILITY

12.1 Neither party is liable for indirect or consequential loss.

12.2 Each party's total liability under this Agreement is limited to twice the total fees for the two Subscription Years, except for breach of clauses 7 and 8, infringement claims under clause 9.3, fraud and wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice.

13.2 If Customer terminates under 13.1, Vendor shall refund the part of the Annual Subscription Fee that relates to the remaining period of the current Subscription Year.

13.3 On expiry or termination, Vendor shall delete all Customer Material and confirm the deletion in writing.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The arbitration may be conducted in English and Chinese.

15. GENERAL

15.1 This Agreement, with its Schedule, is the entire agreement of the parties about the API.

15.2 Any change must be in writing and signed by both parties.

15.3 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business that accepts all of its obligations.

15.4 Notices must be in writing and sent to the addresses above and to the contact e-mail addresses in the Schedule.

SCHEDULE - API, VOLUMES AND FEES

A. Scope of the API: single-product checks and batch checks of composition data against the substance lists of the European Union REACH restriction list and candidate list, the US California Proposition 65 list, the Gulf technical regulations for cosmetics and hair products, and the PRC list of hazardous chemicals. Results in JSON with substance, CAS number, regulation, destination market and status.

B. Volumes: up to 600,000 checks per Subscription Year, of which batch checks count per product.

C. Fees:

Annual Subscription Fee, Subscription Year 1: CNY 198,000
Annual Subscription Fee, Subscription Year 2: CNY 198,000
Total fees for the term: CNY 396,000
Additional checks above the annual volume: CNY 0.25 per check

D. Test cases: the 300 reference products listed in the attached file, with their agreed expected results.

E. Contacts: Customer, IT Compliance Department; Vendor, account manager and support mailbox.

Signed for Customer: ____________________    Date: ____________

Signed for Vendor: ____________________    Date: ____________
"""

# ---------------------------------------------------------------- files and labels
FILES = {  # key: (file name, format, source)
    "h383z01": ("h383z01_court_litigation_material_digitisation_platform.pdf", "pdf", H383Z01),
    "h383z02": ("h383z02_glass_fibre_drawing_workshop_control_retrofit.docx", "docx", H383Z02),
    "h383z03": ("h383z03_tcm_clinic_chain_registration_pharmacy_saas.txt", "txt", H383Z03),
    "h383z04": ("h383z04_museum_collection_system_annual_om.txt", "txt", H383Z04),
    "h383z05": ("h383z05_salted_duck_egg_qms_supplier_template.md", "md", H383Z05),
    "h383e01": ("h383e01_arch_bridge_model_joinery_software_uz_vendor.pdf", "pdf", H383E01),
    "h383e02": ("h383e02_elephant_valley_booking_saas_order_form_mn_vendor.md", "md", H383E02),
    "h383e03": ("h383e03_lotus_root_farm_pond_level_sensors.docx", "docx", H383E03),
    "h383e04": ("h383e04_lamp_maker_managed_wifi_md_provider.md", "md", H383E04),
    "h383e05": ("h383e05_wig_platform_chemical_safety_api_subscription.txt", "txt", H383E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

# values per TERM_KEYS order, then (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value, category)
G, S = "goods_or_licence", "service"
L = {
    "h383z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False,
                 "PRC", G], (True, True, True, False, 1780000, "software")),
    "h383z02": ([None, 0.25, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 18, 27, False, True, False,
                 "PRC", G], (True, True, True, False, 3030000, "hardware")),
    "h383z03": ([99.5, 20 / 60, True, "buyer", True, True, True, 1500 / 1640000 * 100, 150, 704000 / 1640000 * 100,
                 True, None, None, None, True, True, False, "PRC", S], (True, True, None, False, 1640000, "cloud")),
    "h383z04": ([None, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False,
                 False, "PRC", S], (True, True, None, False, 486000, "services")),
    "h383z05": ([None, 8, False, "supplier", True, False, True, 0.02, 20, 55, False, False, 6, None, False, True, True,
                 None, G], (True, True, False, True, 840000, "software")),
    "h383e01": ([None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                 "Uzbekistan", G], (True, True, True, False, 510000, "software")),
    "h383e02": ([99.95, 0.5, True, "buyer", True, False, True, 500 / 620000 * 100, 6 / 24 * 100, None, True, None,
                 None, None, False, True, False, "Mongolia", S], (True, True, None, False, 620000, "cloud")),
    "h383e03": ([None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7, False, True, False,
                 "PRC", G], (True, True, True, False, 750000, "hardware")),
    "h383e04": ([99.95, 6, True, "buyer", True, True, False, 1200 / 1382800 * 100, 150, None, True, None, None, None,
                 False, True, False, "PRC", S], (True, True, None, False, 1382800, "services")),
    "h383e05": ([None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                 False, "PRC", S], (False, False, None, False, 396000, "cloud")),
}
# post-warranty fee base (itemised licence / hardware subtotal) and annual fee, for the TCO of goods contracts
FEE_BASE = {"h383z01": (1298000, 103840), "h383z02": (2568800, 693576), "h383z05": (410000, None),
            "h383e01": (355000, 39050), "h383e03": (591600, 41412)}
PRICE_LINES = {  # every price sum in the texts
    "h383z01": ([462000, 680000, 156000, 418000, 64000], 1780000), "h383z01s": ([462000, 680000, 156000], 1298000),
    "h383z02": ([1126000, 604800, 444000, 168000, 226000, 248000, 186000, 27200], 3030000),
    "h383z02s": ([1126000, 604800, 444000, 168000, 226000], 2568800),
    "h383z03": ([3 * 25 * 18720, 236000], 1640000), "h383z03a": ([468000, 236000], 704000),
    "h383z04": ([4 * 121500], 486000),
    "h383z05": ([326000, 84000, 358000, 72000], 840000), "h383z05p": ([462000, 378000], 840000),
    "h383e01": ([6 * 46500, 2 * 38000, 124000, 31000], 510000),
    "h383e02": ([286000, 286000, 48000], 620000),
    "h383e03": ([64 * 3850, 32 * 6200, 6 * 9800, 88000, 96400, 52000, 10000], 750000),
    "h383e03s": ([246400, 198400, 58800, 88000], 591600),
    "h383e04": ([36 * 36800, 58000], 1382800), "h383e05": ([198000, 198000], 396000),
}


def tco(key):
    t, e = L[key]
    if t[18] != G or key not in FEE_BASE or FEE_BASE[key][1] is None:
        return None
    base, fee = FEE_BASE[key]
    assert abs(fee - base * t[13] / 100) < 0.01, key
    post_years = max(0.0, 5 - t[12] / 12)
    post = post_years * fee
    total = e[4] + post
    return total, post / total * 100


def rules_of(key):
    """policy.md §3 applied to the label values (a check of the labels' own consistency, not of any code)."""
    t = dict(zip(TERM_KEYS, L[key][0]))
    sla, ld_stated, capped, deemed, value, _ = L[key][1]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(key)
        if tc and tc[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


EXPECTED = {
    "h383z01": [], "h383e03": [],
    "h383e01": ["CR-GOVERNING-LAW"],
    "h383z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h383z03": ["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"],
    "h383z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h383e02": ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
    "h383e04": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
    "h383e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h383z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-WARRANTY"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name = FILES[key][0]
    t, (sla, ld_stated, capped, deemed, value, cat) = L[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t[18] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": "zh" if key[4] == "z" else "en", "category": cat,
            "expected_terms": dict(zip(TERM_KEYS, t)), "expected_extra": extra, "expected_rules": EXPECTED[key]}


# ---------------------------------------------------------------- threshold wording scan
CN = "零一二三四五六七八九十百千两"
BANNED = [
    ("availability 99.9", r"(?<![\d.])99\.90*(?![\d])"),
    ("P1 4 hours", r"(?<![\d.])4\s*(-\s*)?(business\s+|working\s+|clock\s+)?(hours?|hrs?\b|h\b|小时|个小时|个工作小时)"),
    ("P1 four hours", r"\bfour[\s-]*(\(4\)\s*)?(business\s+|working\s+)?hours?\b"),
    ("P1 四小时", r"(?<![" + CN + r"])四\s*个?\s*(工作)?\s*小时"),
    ("P1 240 minutes", r"(?<![\d.])240\s*(minutes?|mins?\b|分钟)|二百四十\s*分钟|two hundred and forty minutes"),
    ("LD 0.05 %", r"(?<![\d.])0\.050*\s*(%|per\s*cent|percent)|万分之五(?![" + CN + r"])|0\.5\s*‰"),
    ("cap 100 %", r"(?<![\d.])100(\.0+)?\s*(%|per\s*cent|percent)|百分之(一)?百(?![" + CN + r"])|one hundred per\s*cent|hundred percent"),
    ("30 %", r"(?<![\d.])30(\.0+)?\s*(%|per\s*cent|percent)|百分之三十(?![" + CN + r"点])|三成|thirty(\s*\(30\))?\s*(per\s*cent|percent)"),
    ("40 %", r"(?<![\d.])40(\.0+)?\s*(%|per\s*cent|percent)|百分之四十(?![" + CN + r"点])|四成|forty(\s*\(40\))?\s*(per\s*cent|percent)"),
    ("15 %", r"(?<![\d.])15(\.0+)?\s*(%|per\s*cent|percent)|百分之十五(?![" + CN + r"点])|fifteen(\s*\(15\))?\s*(per\s*cent|percent)"),
    ("12 months", r"(?<![\d.])12\s*(-\s*)?(months?|个月)|(?<![" + CN + r"])十二\s*个\s*月|twelve[\s-]*(\(12\)\s*)?months?|\bone[\s-]*(\(1\)\s*)?years?\b|(?<![\d.])1\s*-?\s*years?\b|(?<![" + CN + r"第每])一\s*年|\bone\s+full\s+year"),
    ("5 years", r"(?<![\d.])5\s*(-\s*)?(years?|年)|(?<![" + CN + r"])五\s*年|\bfive[\s-]*(\(5\)\s*)?years?\b|(?<![\d.])60\s*(-\s*)?(months?|个月)|(?<![" + CN + r"])六十\s*个\s*月|sixty[\s-]*(\(60\)\s*)?months?"),
]
# 第一年 / 每一年 are also avoided: a second pattern without the look-behind exceptions
BANNED.append(("一年 any", r"一年"))
MUST_HIT = ["4小时", "4 个小时", "四小时", "四个小时", "4 hours", "four hours", "four-hour", "240 minutes", "240分钟",
            "99.9%", "99.9 %", "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成",
            "40 %", "百分之四十", "15%", "百分之十五", "12个月", "十二个月", "12 months", "twelve months", "one year",
            "一年", "1 year", "5年", "五年", "five years", "60个月", "sixty months", "60 months", "fifteen per cent"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.98%", "115%", "0.15%", "1.5倍", "150%",
                "130%", "四十二个月", "三十二个月", "2025年", "2015年", "25年度", "0.5%", "百分之三十五", "45%",
                "万分之五十", "36 months", "24个月", "二十四个月", "3.5 years", "10%", "7%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in BANNED:
            m = re.search(rx, variant, re.I)
            if m:
                hits.append((name, m.group(0)))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_NOT_HIT:
        assert not scan(s), ("must not hit", s, scan(s))


# ---------------------------------------------------------------- read back
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


def off_threshold(key):
    t = dict(zip(TERM_KEYS, L[key][0]))
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
              ("post_warranty_fee_pct", 15)]
    for k, thr in checks:
        v = t[k]
        if v is not None:
            assert abs(v - thr) > 1e-6 * max(1, thr), (key, k, v)
    tc = tco(key)
    if tc:
        assert abs(tc[1] - 40) > 2, (key, "tco share", tc)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    for k, (parts, total) in PRICE_LINES.items():
        assert sum(parts) == total, (k, sum(parts), total)
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered = set()
    print()
    print("%-9s %-5s %-7s %-6s %s" % ("key", "size", "unit", "risk", "expected rules"))
    for k, (name, fmt, src) in FILES.items():
        text = read_back(OUT / name)
        zh = k[4] == "z"
        n = len(text) if zh else len(text.split())
        lo, hi = (2800, 3300) if zh else (1500, 1700)
        assert lo <= n <= hi, (name, n)
        hits = scan(text) + scan(src)
        assert not hits, (name, hits)
        off_threshold(k)
        assert rules_of(k) == EXPECTED[k], (k, rules_of(k), EXPECTED[k])
        covered |= set(EXPECTED[k])
        lab = label(k)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        tc = tco(k)
        print("%-9s %-5d %-7s %-6s %s%s" % (k, n, "chars" if zh else "words", risk(EXPECTED[k]),
                                          ", ".join(r[3:] for r in EXPECTED[k]) or "(none)",
                                          "   [TCO %.0f, share %.2f %%]" % tc if tc else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = sorted(len(v) for v in EXPECTED.values())
    assert mix[:3] == [0, 0, 1] and all(2 <= x <= 3 for x in mix[3:9]) and mix[9] >= 8, mix
    print("\nall 20 rules covered; mix", mix)


if __name__ == "__main__":
    main()
