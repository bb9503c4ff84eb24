"""holdout244: writes the ten ordinary draft contracts (.md/.txt directly, .docx/.pdf through ../word_pdf.py with
wrap_words=True), asserts every price and payment sum and that each labelled figure is in the text, re-applies the
policy §3/§4 rules to the labels and asserts them equal to the plan, writes the .json labels, reads every built file
back (python-docx paragraphs + tables, pypdf) and fails if a threshold value appears in any form.
Run: /work/main/.venv/bin/python make_files.py
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
import word_pdf  # noqa: E402

SRC = {}       # key -> source text (markup for docx/pdf, plain text for md/txt)
SUMS = {}      # key -> list of (parts, total) to assert
EVID = {}      # key -> strings that must appear in the read-back text

SRC["z01"] = """# 纳税服务厅排队叫号与预约服务平台采购合同

项目名称：市税务局纳税服务厅智能排队叫号与预约服务平台建设项目
采购方式：政府采购 公开招标（招标编号：SWJ-ZC-2026-018）
合同编号：SWJ-HT-2026-0411

甲方（采购人）：某市税务局
地址：某市政务新区税苑路8号
乙方（中标供应商）：瀚序智能科技有限公司
地址：某市高新区云谷大道277号

鉴于甲方通过公开招标方式采购纳税服务厅排队叫号与预约服务平台，乙方在招标中成交，双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，经协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同组成部分。

## 第一条 采购内容

1.1 乙方为甲方主城区三个纳税服务厅提供排队叫号一体机、窗口显示屏、综合信息屏及预约排队平台软件，并完成与电子税务局、税收征管系统、12366纳税服务平台的接口开发、安装调试和人员培训。

1.2 平台须支持线上预约（微信公众号、电子税务局、自助终端）、现场取号、按业务类型智能分流、VIP及绿色通道、叫号评价、等候时长统计和大屏展示。

## 第二条 合同价款

2.1 本合同总价为人民币1,368,000元（大写：壹佰叁拾陆万捌仟元整），为含税固定总价，包括设备、软件、运输、安装、接口、培训、税费及质保期内的全部服务费用。

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 排队叫号一体机（含身份证读卡、热敏打印） | 12台 | 36,500 | 438,000 |
| 2 | 窗口显示屏 | 64块 | 2,350 | 150,400 |
| 3 | 综合信息屏（55英寸） | 6块 | 18,600 | 111,600 |
| 4 | 预约排队平台软件许可（永久） | 1套 | 386,000 | 386,000 |
| | 软硬件小计 | | | 1,086,000 |
| 5 | 接口开发（电子税务局、征管系统、12366） | 1项 | 214,000 | 214,000 |
| 6 | 安装调试及培训 | 1项 | 68,000 | 68,000 |
| | 合计 | | | 1,368,000 |

## 第三条 付款方式

3.1 合同签订且乙方提交等额银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即273,600元。

3.2 全部设备安装完成、平台上线并通过初步验收后，甲方支付合同总价的55%，即752,400元。

3.3 最终验收合格后，甲方支付合同总价的25%，即342,000元。

3.4 乙方每次请款应提供合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理延迟不视为甲方违约。

## 第四条 交付与实施

4.1 乙方应于合同签订后60日内完成全部设备到货、安装及平台部署，90日内完成接口联调并具备初步验收条件。

4.2 乙方应指派具有同类项目经验的项目经理常驻现场，未经甲方同意不得更换。实施期间不得影响纳税服务厅正常办税秩序，夜间及周末施工应提前报甲方同意。

## 第五条 验收

5.1 初步验收标准：（一）设备型号、数量与投标文件一致，出厂检验合格；（二）预约、取号、分流、叫号、评价全流程连续运行7日无故障；（三）与电子税务局、征管系统接口数据一致率经抽样核对无差错；（四）在300个并发预约请求下页面响应不超过2秒。

5.2 初步验收后平台试运行60日。试运行期间未发生一级故障、全部遗留问题已整改，并通过甲方委托的第三方安全测评后，双方组织最终验收并签署验收报告。

5.3 设备安装、平台上线使用或甲方支付款项，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新提交验收。

## 第六条 质量保证与维护

6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级和现场技术支持。

6.2 质保期满后，如甲方需要继续维护，年度维护费不超过软硬件小计的9%（即每年不超过97,740元），该费率在质保期满后的前两个服务年度内保持不变，双方另行签订维护合同，不自动续期。

## 第七条 服务水平

7.1 平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。

7.2 故障分级及响应：一级故障（全厅无法取号或叫号）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分窗口或部分功能异常）1小时内响应，次日内修复；三级故障（不影响办税的缺陷）在下一版本中修复。

7.3 乙方未按7.2响应或恢复的，每超时一小时按800元扣减维护款或质保金；月可用率每低于约定值0.01个百分点，扣减1,500元。

## 第八条 数据安全

8.1 平台采集的纳税人预约信息、身份信息、排队及评价记录等全部数据属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供，不得留存副本。

8.2 平台部署于甲方政务内网，乙方应落实网络安全等级保护第三级要求，采取加密存储、访问控制、操作日志审计等措施；远程维护须经甲方审批并通过堡垒机进行。

8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政责任。

## 第九条 保密

乙方对履行本合同中知悉的甲方工作秘密、纳税人信息、网络结构及安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。

## 第十条 知识产权

10.1 为本项目开发的接口程序、配置脚本、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时一并交付。

10.2 平台软件产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供产品不侵犯第三方权利，否则由乙方承担全部责任。

## 第十一条 违约责任

11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

11.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。

## 第十二条 分包

本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。

## 第十三条 合同解除

乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。

## 第十四条 适用法律与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

## 第十五条 其他

本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：某市税务局　　　　　　乙方（盖章）：瀚序智能科技有限公司

法定代表人或授权代表：__________　　法定代表人或授权代表：__________

签订日期：2026年4月　日
"""
SUMS["z01"] = [([438000, 150400, 111600, 386000], 1086000), ([1086000, 214000, 68000], 1368000),
               ([273600, 752400, 342000], 1368000), ([12 * 36500], 438000), ([64 * 2350], 150400), ([6 * 18600], 111600)]
EVID["z01"] = ["1,368,000", "99.95%", "30分钟内响应", "每超时一小时按800元", "20%作为预付款", "最终验收合格后",
               "质保期为三年", "9%", "万分之八", "属于甲方所有", "归甲方所有", "不允许分包", "适用中华人民共和国法律"]

SRC["z02"] = """T:无纺布生产线在线定量及瑕疵检测系统买卖合同
P:合同编号：XR-SB-2026-037
P:买方（甲方）：浙东新融无纺材料股份有限公司
P:卖方（乙方）：精衡视觉检测技术有限公司
P:甲方新建两条纺粘及熔喷复合无纺布生产线，需配置在线克重（定量）扫描及表面瑕疵检测系统。乙方系上述系统的制造商及集成商。双方经友好协商，就设备采购、安装调试、质保及质保期满后的维保服务达成如下协议。
H:一、供货范围与价格
P:（一）乙方供应两套β射线在线定量扫描架、两套高速线阵瑕疵检测相机组、工控机及服务器、检测分析软件，并负责安装调试、与甲方DCS及MES系统对接、操作培训。
P:（二）合同总价为人民币1,316,000元（含13%增值税），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|β射线在线定量扫描架（幅宽3.2米）|2套|268,000|536,000
TB:2|高速线阵瑕疵检测相机组（含光源）|2套|193,000|386,000
TB:3|工控机及数据服务器|1批|97,000|97,000
TB:4|检测分析软件许可（按生产线）|2线|74,000|148,000
TB:|设备及软件小计|||1,167,000
TB:5|安装调试及DCS/MES对接|1项|128,000|128,000
TB:6|操作及维护培训|1项|21,000|21,000
TB:|合计|||1,316,000
H:二、付款
P:（一）合同生效后10日内，甲方支付合同总价的10%作为预付款，计131,600元。
P:（二）设备到货并安装完毕，甲方签署到货安装确认单后10日内，支付合同总价的55%，计723,800元。到货安装确认单仅证明货物到场及安装完成，不代表质量验收。
P:（三）最终验收合格并签署验收证书后10日内，甲方支付合同总价的35%，计460,600元。
H:三、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方位于宁波市的生产厂区，并在到货后20日内完成安装和单机调试。
P:（二）乙方应遵守甲方厂区安全生产管理制度，动火、登高及带电作业须办理作业许可。
P:（三）乙方可将设备的现场安装、电缆敷设及桥架施工分包给具有相应资质的第三方施工单位，分包前通知甲方即可；乙方对分包单位的工作质量向甲方负责。
H:四、验收
P:（一）验收标准：1. 定量测量重复性在连续测量同一卷样品时标准偏差不大于0.3克/平方米；2. 与实验室离线称重比对，偏差不大于1%；3. 对0.5毫米及以上的孔洞、晶点、油污、断丝等瑕疵检出率不低于98%，误报率低于2%；4. 检测数据实时写入MES，并能按卷号追溯；5. 系统在正常生产条件下连续运行30日无一级故障。
P:（二）乙方完成调试后书面通知甲方，双方按上述标准进行测试并形成测试记录。全部指标达标的，双方签署最终验收证书。
P:（三）设备投入生产使用或甲方支付第二期款项，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新验收，费用由乙方承担。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收证书签署之日起计算。质保期内乙方免费维修或更换故障部件（射线源、探测器、相机、镜头、光源等），并免费提供软件升级。
P:（二）质保期内乙方每半年进行一次现场巡检和标定。
H:六、质保期满后的维保服务
P:（一）质保期满后，甲方可委托乙方提供维保服务，年度维保费为设备及软件小计的7.5%，即每年87,525元，含定期巡检、标定、软件升级和故障维修人工，备件按成本价另计。
P:（二）上述维保费自质保期满起三个服务年度内固定不变；其后如需调整，须经双方书面协商一致，且年度调整幅度不超过3%。
P:（三）维保合同按服务年度另行签订，到期不自动续期。
H:七、故障响应
P:（一）一级故障（定量或瑕疵检测系统整体停止工作，影响生产线放卷判定）：乙方接报后1小时内远程响应，8小时内工程师到达现场。
P:（二）二级故障（单个扫描架或单个相机组异常）：2小时内响应，24小时内到达现场。
P:（三）乙方未按上述时限响应或到场的，每超时一小时向甲方支付600元违约金，可从应付款项或维保费中直接扣除。
H:八、生产数据安全
P:（一）系统产生的克重数据、瑕疵图像、卷号追溯记录及工艺参数均属于甲方所有，乙方仅可为调试、维修之目的接触，不得复制、外传或用于其他任何用途。
P:（二）乙方远程维护须经甲方设备部书面审批，通过甲方指定的VPN及账号接入，操作全程留痕；现场调试使用的移动存储介质须经甲方检查。
P:（三）因乙方原因造成甲方生产数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，并赔偿甲方全部损失。
H:九、知识产权
P:（一）乙方为本项目编写的DCS及MES对接程序、报表模板及其源代码，知识产权归甲方所有，甲方可自行修改、使用及委托第三方维护。
P:（二）检测分析软件的著作权归乙方，乙方授予甲方在两条生产线上永久使用的许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）设备存在质量问题经两次维修仍不能达到验收标准的，甲方有权要求更换或退货，乙方应退还已付款项并赔偿损失。
H:十一、合同解除
P:乙方根本违约，或逾期交货超过30日，经甲方书面催告后仍未履行的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交宁波仲裁委员会仲裁。
H:十三、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、设备清单、培训计划。
P:甲方（盖章）：浙东新融无纺材料股份有限公司　　乙方（盖章）：精衡视觉检测技术有限公司
P:授权代表：__________　　授权代表：__________
P:日期：2026年5月　日
"""
SUMS["z02"] = [([536000, 386000, 97000, 148000], 1167000), ([1167000, 128000, 21000], 1316000),
               ([131600, 723800, 460600], 1316000), ([2 * 268000], 536000), ([2 * 193000], 386000), ([2 * 74000], 148000),
               ([round(1167000 * 0.075)], 87525)]
EVID["z02"] = ["1,316,000", "1小时内远程响应", "每超时一小时向甲方支付600元", "10%作为预付款", "最终验收合格并签署验收证书",
               "质保期为二十四个月", "7.5%", "87,525", "千分之一", "均属于甲方所有", "归甲方所有", "通知甲方即可",
               "适用中华人民共和国法律"]

SRC["z03"] = """婴游汇门店预约与会员管理SaaS服务合同

合同编号：YYH-IT-2026-009

甲方：婴游汇（成都）婴幼儿游泳连锁管理有限公司
乙方：云泳通信息科技有限公司

甲方在全国经营40家婴儿游泳及亲子水育门店，拟采用乙方的“泳约”门店预约与会员管理云服务，替代各门店现有的单机收银和纸质预约登记。双方在平等自愿的基础上，订立本服务合同。

第1章 服务内容

1.1 乙方向甲方40家门店开通“泳约”SaaS服务，功能包括：家长小程序在线预约、泳池及泳师排班、次卡及课包管理、会员储值与积分、门店收银、水质与消毒记录、婴儿体检信息登记、经营报表。

1.2 乙方负责实施服务：将各门店现有会员、课包余额及预约数据迁移至平台，完成40家门店的参数配置、收银硬件对接，并为店长及前台人员提供线上及现场培训。

1.3 乙方为甲方定制开发品牌小程序界面及“宝宝成长档案”模块，定制成果须满足甲方书面确认的需求说明书。

第2章 服务期限

2.1 服务期限为三个服务年度，自平台上线验收通过之次日起算。

2.2 服务期满前30日内任何一方未书面提出终止的，本合同自动续展两个服务年度；续展时乙方有权按其届时价格政策上调年服务费，上调幅度不超过8%，甲方不得因此拒绝续展。

第3章 费用及支付

3.1 年服务费按门店计收，每店每年4,680元，40家门店年服务费为187,200元，三个服务年度合计561,600元。

3.2 实施费（数据迁移、配置、培训）一次性58,000元；品牌小程序及成长档案模块定制开发费一次性36,000元。

3.3 本合同总金额为655,600元（561,600元＋58,000元＋36,000元）。

3.4 年服务费按季度支付，甲方于每个服务季度结束后15日内支付该季度费用46,800元。实施费及定制开发费在上线验收通过后15日内支付。甲方无须在服务开始前预付任何费用。

第4章 上线与验收

4.1 乙方应在合同签订后45日内完成全部门店数据迁移、配置及定制开发，并书面申请上线验收。

4.2 验收标准：（1）抽取不少于10家门店核对会员数量、课包余额、储值余额，与迁移前数据逐条一致；（2）小程序预约、排班、收银、报表等功能按需求说明书逐项测试通过；（3）在2,000名家长同时在线预约时，页面响应时间不超过3秒；（4）试运行14日内未发生一级故障。

4.3 上述标准全部满足后，双方签署上线验收单。门店开始使用平台或甲方支付费用，均不代表验收通过。

4.4 乙方逾期完成上线验收的，每逾期一日按本合同总金额的千分之一向甲方支付违约金。

第5章 服务水平

5.1 乙方承诺平台月可用率不低于99.5%。

5.2 一级故障（小程序无法预约或门店无法收银）：乙方30分钟内响应，3小时内恢复；二级故障（部分功能异常）：2小时内响应，次一营业日内修复。

5.3 月可用率未达承诺的，乙方按当月服务费的10%向甲方抵扣服务费；一级故障超时未恢复的，每超时一小时另抵扣300元。

第6章 数据权属与安全

6.1 会员信息、婴幼儿健康信息、预约及消费记录等甲方业务数据归甲方所有。

6.2 乙方有权将上述数据进行匿名化处理后，用于行业客流分析、产品改进和对外发布的行业报告，该等匿名化数据及分析成果归乙方所有，且在本合同终止后仍可继续使用。

6.3 乙方应按照网络安全等级保护第三级要求运营平台，数据存储于中国境内，对婴幼儿及家长个人信息加密存储，严格控制访问权限并保留操作日志；未经甲方书面同意不得向第三方提供个人信息。

6.4 发生数据泄露或安全事件的，乙方应在24小时内书面通知甲方，配合甲方履行向监管部门及家长告知的义务，并承担因其原因造成的全部损失。

6.5 合同终止后30日内，乙方应按甲方要求以通用格式导出全部业务数据并交付甲方，随后删除平台上的甲方数据并出具删除证明。

第7章 知识产权

7.1 “泳约”平台的知识产权归乙方所有，甲方在服务期内享有使用权。

7.2 乙方为甲方定制的品牌小程序界面、“宝宝成长档案”模块及其源代码归甲方所有，甲方有权自行修改或交由第三方继续开发。

第8章 保密

双方对在合作中知悉的对方商业信息、经营数据、价格及技术资料承担保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。

第9章 分包

乙方不得将本合同项下的实施或定制开发工作分包给第三方，确需分包的，应事先取得甲方书面同意。

第10章 违约与解除

10.1 乙方严重违约（包括连续两个月可用率未达承诺、发生重大数据安全事件等），经甲方书面通知后10日内未纠正的，甲方有权解除本合同，并要求乙方退还已付未使用的服务费、赔偿损失。

10.2 甲方逾期付款超过30日的，乙方可暂停服务，但应提前7日书面通知。

第11章 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，提交成都仲裁委员会仲裁。

第12章 其他

本合同未尽事宜，由双方另行签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：婴游汇（成都）婴幼儿游泳连锁管理有限公司（盖章）
乙方：云泳通信息科技有限公司（盖章）
签订日期：2026年3月　日
"""
SUMS["z03"] = [([40 * 4680], 187200), ([187200 * 3], 561600), ([561600, 58000, 36000], 655600), ([46800 * 4], 187200)]
EVID["z03"] = ["655,600", "99.5%", "30分钟内响应", "抵扣", "甲方无须在服务开始前预付任何费用", "自动续展", "上调年服务费",
               "千分之一", "匿名化", "归甲方所有", "事先取得甲方书面同意", "适用中华人民共和国法律", "保密"]

SRC["z04"] = """T:县森林资源管理平台2026年度运维服务合同
P:采购方式：政府采购 单一来源
P:合同编号：LYJ-YW-2026-02
P:甲方：某县林业局
P:乙方：绿脉空间信息技术有限公司
P:某县森林资源“一张图”管理平台由乙方于前期建设并交付使用。因平台核心软件及数据模型由乙方开发，经财政部门批准，甲方以单一来源方式委托乙方承担2026年度运维服务。双方依据政府采购相关规定，订立本合同。
H:第一部分 服务范围
P:1. 平台系统运维：乙方派驻1名运维工程师在甲方办公地点驻场，负责森林资源一张图平台、林地变更调查系统、移动巡护App后台的日常运行监控、故障处理、账号权限管理和版本维护。
P:2. 数据库及中间件维护：空间数据库的备份、性能优化、索引重建及中间件补丁更新，每月至少完成一次全量备份恢复演练。
P:3. 年度数据更新：将2026年度林地年度变更调查成果、造林及采伐数据、森林督查图斑核实结果更新入库，并与省级平台完成数据同步。
P:4. 安全巡检与应急保障：每季度一次安全巡检，防火期（每年1月至4月、10月至12月）提供7×24小时应急值守。
H:第二部分 服务期限与费用
P:1. 服务期限自2026年1月1日起至2026年12月31日止。期满后如需继续，由甲方按政府采购程序另行确定，本合同不自动续期。
P:2. 服务费总额为人民币370,000元，其中：平台系统运维（含驻场）186,000元；数据库及中间件维护54,000元；年度数据更新入库92,000元；安全巡检与应急保障38,000元。
P:3. 服务费按季度支付。每季度结束后，甲方依据第四部分的考核结果，于15个工作日内支付当季服务费92,500元（扣除考核扣款后的余额）。甲方不预付服务费。
H:第三部分 服务水平
P:1. 故障分级：一级故障指平台整体无法访问或数据库无法读写；二级故障指部分模块不可用；三级故障指个别功能缺陷或显示错误。
P:2. 响应时限：一级故障1小时内响应，3小时内恢复；二级故障2小时内响应，当日修复；三级故障在下一次版本维护中修复。
P:3. 防火期内一级故障须由驻场工程师立即到场处置，并同步报告甲方资源股负责人。
H:第四部分 考核与验收
P:1. 甲方按季度对乙方服务进行考核，考核内容包括：驻场出勤、故障响应及恢复时限、备份演练记录、巡检报告、用户满意度。
P:2. 故障响应或恢复每超时一次，扣减当季服务费500元；驻场人员缺勤一日扣减300元；未按时提交巡检报告的，每次扣减1,000元。
P:3. 年度数据更新成果验收标准：（1）更新图斑与省级下发变更成果逐一核对，属性完整率不低于99%；（2）图斑拓扑检查无重叠、无缝隙；（3）与省级平台同步成功并取得省级反馈的质检合格意见。成果经甲方组织专家评审通过后，方为验收合格。
P:4. 乙方应于2026年10月31日前提交年度数据更新成果。每逾期一日，按合同总额的千分之一向甲方支付违约金。
H:第五部分 数据权属
P:1. 平台内的森林资源数据、林地图斑、巡护记录及全部更新成果，所有权归甲方，乙方仅能为履行本合同使用，不得用于其他项目或向任何第三方提供。
P:2. 服务期满或合同终止时，乙方应将运维过程中形成的全部数据、脚本、配置文档移交甲方。
H:第六部分 保密
P:乙方及其驻场人员对在服务中知悉的森林资源分布、林地权属、涉密测绘成果以及甲方工作信息负有保密义务，未经甲方书面许可不得以任何方式对外提供或公开。乙方应与驻场人员签订保密承诺书并报甲方备案。本条义务不因合同终止而终止。
H:第七部分 知识产权
P:运维过程中乙方为甲方编写的数据处理脚本、质检规则及运维文档归甲方所有。平台原有软件的著作权仍归乙方，甲方可无偿永久使用。
H:第八部分 分包
P:乙方不得将本合同项下的任何服务分包或转包。
H:第九部分 合同履行与变更
P:1. 本合同签订后，双方应全面履行，任何一方不得单方解除合同。乙方服务不达标的，甲方可按第四部分扣减服务费，并要求乙方限期整改，但不以此解除合同。
P:2. 因上级政策调整需变更服务内容的，双方协商签订补充协议。
H:第十部分 争议解决
P:因本合同产生的争议，由双方协商解决；协商不成的，可向甲方所在地人民法院提起诉讼。
H:第十一部分 其他
P:本合同一式五份，甲方三份，乙方一份，县财政局政府采购监管部门备案一份，自双方签字盖章之日起生效。
P:甲方：某县林业局（盖章）　　乙方：绿脉空间信息技术有限公司（盖章）
P:代表：__________　　代表：__________
P:2026年1月　日
"""
SUMS["z04"] = [([186000, 54000, 92000, 38000], 370000), ([92500 * 4], 370000)]
EVID["z04"] = ["370,000", "一级故障1小时内响应", "扣减当季服务费500元", "甲方不预付服务费", "千分之一", "所有权归甲方",
               "保密", "归甲方所有", "不得将本合同项下的任何服务分包", "任何一方不得单方解除合同", "不自动续期"]

SRC["z05"] = """# 仓储管理系统（WMS）软件许可及定制开发合同

**仓联云标准合同文本 WMS-LIC-V4.0**

合同编号：CLY-WMS-2026-0152

许可方（乙方）：仓联云软件股份有限公司
住所：广东省东莞市松山湖园区科技九路16号

被许可方（甲方）：蜀香源调味食品有限公司
住所：四川省眉山市东坡区食品工业园

甲方主营酸菜鱼调料、火锅底料等复合调味品，成品及原辅料仓储规模持续扩大。甲方拟引进乙方“仓联云WMS”仓储管理系统，并委托乙方进行批次保质期管理及系统接口的定制开发。双方经协商，按乙方标准合同文本签订本合同。

## 一、定义

1. “许可软件”指乙方拥有著作权的仓联云WMS平台及RF手持作业模块。
2. “定制开发成果”指乙方为甲方开发的批次与保质期先进先出策略、与甲方ERP及TMS系统的接口程序、定制报表及相关源代码、文档。
3. “上线”指许可软件及定制开发成果在甲方成品仓和原料仓投入实际作业使用。

## 二、合同金额

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 仓联云WMS平台许可（永久，不限仓库数） | 720,000 |
| 2 | RF手持作业模块许可（60终端） | 240,000 |
| | 软件许可小计 | 960,000 |
| 3 | 定制开发（批次保质期策略、ERP/TMS接口、定制报表） | 200,000 |
| 4 | 实施服务（库位规划、基础数据导入、培训） | 120,000 |
| | 合同总金额 | 1,280,000 |

上述金额含增值税，不含硬件及第三方数据库费用。

## 三、付款方式

1. 本合同签订后5个工作日内，甲方支付合同总金额的55%，即704,000元，乙方收款后启动项目。
2. 系统上线后10个工作日内，甲方支付剩余45%，即576,000元。
3. 甲方逾期付款的，乙方有权暂停实施和技术支持，由此造成的工期延误由甲方负责。

## 四、实施与交付

1. 乙方在收到首期款后启动实施，计划于90日内完成上线。
2. 甲方应按乙方要求及时提供仓库平面图、物料主数据、库位编码和接口文档，并安排关键用户全程参与。因甲方资料提供延误或需求变更导致的工期延长，乙方不承担责任。
3. 需求说明书经甲方确认后，任何变更均按乙方人天单价另行收费。

## 五、验收

1. 系统上线即视为甲方验收合格。
2. 甲方在上线后对系统功能提出的意见，乙方将在后续版本中酌情优化，但不影响验收结论及付款。

## 六、免费维护期

1. 免费维护期为六个月，自系统上线之日起计算。期间乙方提供远程技术支持和缺陷修复。
2. 免费维护期不包括甲方新增需求、因甲方操作不当或硬件故障引起的问题。

## 七、技术支持服务

1. 一级故障（系统无法登录、无法出入库作业）：乙方在接到报告后8小时内响应。
2. 二级及以下故障：乙方在2个工作日内响应，修复时间视问题复杂程度而定。
3. 乙方将尽力解决故障，但不对故障处理时长作出保证，亦不因响应或修复延迟承担任何扣款、赔偿或违约责任。

## 八、维保服务

1. 免费维护期满后，甲方如需继续获得升级和技术支持，应向乙方购买年度维保服务。
2. 年度维保费为软件许可小计的22%，即每年211,200元，按年预付。维保服务按服务年度签订，不自动续期。
3. 甲方未购买维保服务的，乙方不再提供任何升级、补丁及技术支持。

## 九、知识产权

1. 许可软件的著作权及一切知识产权归乙方所有。
2. 定制开发成果（含源代码、接口程序、定制报表及文档）的知识产权归乙方所有。甲方仅在本合同约定范围内享有非独占的使用权，不得修改、反向工程，不得许可第三方使用。乙方有权将定制开发成果用于其他客户。

## 十、数据

1. 甲方在系统中录入和产生的库存、批次、订单及客户数据归甲方所有。
2. 乙方有权对上述数据进行脱敏处理后，用于产品功能优化、行业库存分析及算法模型训练。
3. 乙方应采取身份认证、权限控制、传输加密及日志审计等措施保障系统数据安全；乙方远程维护须经甲方授权。发生数据泄露等安全事件的，乙方应在48小时内通知甲方并采取补救措施，因乙方过错造成甲方损失的，由乙方依本合同第十二条承担责任。

## 十一、保密

双方对因本合同知悉的对方商业秘密、技术信息和经营信息负有保密义务，保密期限至该信息公开之日止。

## 十二、违约责任

1. 因乙方原因导致系统逾期上线的，每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金。
2. 乙方在本合同项下承担的全部责任（包括违约金及赔偿）累计不超过合同总金额的20%。
3. 任何一方均不对对方的间接损失、利润损失承担责任。

## 十三、合同解除

一方严重违约，经守约方书面通知后30日内未予纠正的，守约方有权解除本合同。

## 十四、争议解决

本合同履行中发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 十五、其他

本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同条款为乙方标准条款，双方确认已充分阅读并理解。

许可方（乙方）：仓联云软件股份有限公司（合同专用章）

被许可方（甲方）：蜀香源调味食品有限公司（合同专用章）

签署日期：2026年6月　日
"""
SUMS["z05"] = [([720000, 240000], 960000), ([960000, 200000, 120000], 1280000), ([704000, 576000], 1280000),
               ([round(960000 * 0.22)], 211200), ([round(1280000 * 0.55)], 704000)]
EVID["z05"] = ["1,280,000", "8小时内响应", "不因响应或修复延迟承担任何扣款", "55%", "704,000", "上线即视为甲方验收合格",
               "免费维护期为六个月", "22%", "211,200", "万分之二", "20%", "脱敏", "知识产权归乙方所有", "保密",
               "乙方所在地人民法院", "守约方有权解除本合同"]

SRC["e01"] = """T:Software Licence and Services Agreement - 3-D Carving Software
P:Agreement No. SCF-CN-2026-114
P:This Agreement is made between Nanyang Yuyun Jade Carving Art Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhenping County, Nanyang, Henan Province (the "Customer"), and Scultura Digitale S.r.l., a company incorporated in Italy with its registered office on the Isola Sacca Fisola, Venice (the "Vendor").
H:Background
P:(A) The Customer designs and carves jade ornaments, seals and large display pieces, and runs a workshop of five-axis carving machines and hand-finishing benches in Zhenping.
P:(B) The Vendor publishes software for digital sculpting, 3-D scan processing and multi-axis toolpath generation for stone, jade and hard materials.
P:(C) The Customer wishes to acquire perpetual licences to the Vendor's software for its design studio, together with a custom post-processor for its carving machines, installation and training, on the terms below.
H:1. Definitions
P:1.1 "Licensed Software" means the Vendor's ScolpisciPro sculpting seats, the Multi-Axis Toolpath Module and the Scan Bridge Module listed in Schedule 1, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Post-Processor" means the software component that the Vendor develops for this Agreement to translate toolpaths from the Licensed Software into the control code of the Customer's five-axis carving machines (two machine models, listed in Schedule 2), with its source code and documentation.
P:1.3 "Customer Data" means 3-D scans, design files, toolpaths, photographs of finished pieces and any other files the Customer creates or loads into the Licensed Software.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Clause 5.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the number of seats stated in Schedule 1, at the Customer's premises in Nanyang, for its own business.
P:2.2 The Customer may make backup copies and may move a seat to a replacement workstation by deactivating it on the old one.
P:2.3 The Customer shall not sell, rent or sublicense the Licensed Software, and shall not reverse engineer it except as permitted by applicable law.
H:3. Prices
P:3.1 All prices are in Chinese Yuan (CNY) at the Customer's request and include VAT and all import costs. The Contract Price is CNY 892,000, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|ScolpisciPro sculpting seat, perpetual licence|6|86,000|516,000
TB:2|Multi-Axis Toolpath Module, perpetual licence|4|47,500|190,000
TB:3|Scan Bridge Module (3-D scanner integration), perpetual licence|2|28,000|56,000
TB:|Licence Subtotal|||762,000
TB:4|Custom Post-Processor for two machine models|1|84,000|84,000
TB:5|Installation, configuration and on-site training in Nanyang|1|46,000|46,000
TB:|Contract Price|||892,000
P:3.2 The Contract Price is fixed. No other charges are payable for the scope in this Agreement.
H:4. Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 178,400) within 15 days after signature, against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 490,600) within 15 days after the Vendor has installed all seats and delivered the Custom Post-Processor, as confirmed in an installation record. The installation record confirms delivery only and is not acceptance.
P:4.3 The Customer shall pay the remaining 25% of the Contract Price (CNY 223,000) within 15 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the Vendor's account stated on the invoice.
H:5. Delivery and Acceptance
P:5.1 The Vendor shall install the Licensed Software and deliver the Custom Post-Processor within 45 days after signature.
P:5.2 Acceptance tests shall be run jointly at the Customer's workshop and shall show that: (a) every seat is activated and opens the Customer's reference scans of at least 2 GB without error; (b) toolpaths generated for three reference pieces, chosen by the Customer, run on each machine model through the Custom Post-Processor without collision or gouge alarms; (c) the carved reference pieces match the design model within 0.08 mm on the measured points; (d) the Scan Bridge Module imports scans from the Customer's two scanners without manual conversion; and (e) the training in Clause 6 has been completed.
P:5.3 When all criteria are met, the Customer shall sign the Final Acceptance Certificate. Installation, productive use or any payment does not by itself amount to acceptance. If a test fails, the Vendor shall correct the defect and repeat the test within 10 days at its own cost.
H:6. Training
P:The Vendor shall provide eight days of training on site in Nanyang for up to ten designers and machine operators, in Chinese or with a qualified interpreter provided by the Vendor.
H:7. Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Custom Post-Processor will perform materially in accordance with their documentation and the acceptance criteria for six months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct reported defects free of charge and supply all updates and new versions of the Licensed Software.
H:8. Support after the Warranty Period
P:8.1 After the Warranty Period, the Customer may order annual maintenance and support for the Licensed Software. Maintenance fees shall be charged at the Vendor's list price in force at the start of each maintenance year, which the Vendor may revise from time to time.
P:8.2 Each maintenance year is ordered by a separate purchase order. Maintenance does not renew automatically.
H:9. Support Levels
P:9.1 During the Warranty Period and any maintenance year, the Vendor shall provide support by telephone, e-mail and remote session between 08:30 and 18:00 China Standard Time on working days.
P:9.2 Severity 1 means that the Licensed Software cannot be started, or the Custom Post-Processor produces wrong machine code, so that carving is stopped. The Vendor shall respond to a Severity 1 report within 2 hours and provide a workaround or fix within one working day. Severity 2 issues are answered within one working day.
P:9.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit CNY 500 against the next amount payable to it.
H:10. Intellectual Property
P:10.1 The Licensed Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:10.2 All rights in the Custom Post-Processor, including its source code, vest in the Customer on payment of the related charge. The Customer may use, modify, copy and license it freely, also to its machine suppliers. The Vendor may reuse only its general know-how.
P:10.3 The Vendor shall defend the Customer against any claim that the Licensed Software infringes third-party rights and shall pay any damages awarded.
H:11. Customer Data and Security
P:11.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, keep or disclose it.
P:11.2 Remote support sessions require the Customer's permission for each session, are run through a tool chosen by the Customer and may be recorded. The Vendor shall not transfer Customer Data out of the Customer's systems, including to Italy.
P:11.3 The Vendor shall notify the Customer within 24 hours of any actual or suspected loss or unauthorised access to Customer Data in its hands, shall take all reasonable steps to contain it, and is responsible for the losses caused by its breach of this Clause.
H:12. Confidentiality
P:Each party shall keep confidential all non-public information received from the other, in particular the Customer's designs and the Vendor's pricing, and shall use it only for this Agreement. This obligation survives termination for three years.
H:13. Delay and Liability
P:13.1 If the Vendor misses the date in Clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for infringement claims, breach of Clauses 11 and 12, wilful misconduct and personal injury.
H:14. Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for any approved subcontractor.
H:15. Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after notice.
P:15.2 If the Customer terminates under Clause 15.1 before Final Acceptance, the Vendor shall refund the amounts paid.
H:16. Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Italy.
P:16.2 Any dispute arising out of this Agreement shall be settled by arbitration under the rules of the Chamber of Arbitration of Venice, seated in Venice, in the English language.
H:17. General
P:17.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.
P:17.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals.
P:Schedule 1: Licensed Software and seats. Schedule 2: Machine models and controller versions. Schedule 3: Reference pieces for acceptance.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
P:Date: ____________________    Date: ____________________
"""
SUMS["e01"] = [([6 * 86000], 516000), ([4 * 47500], 190000), ([2 * 28000], 56000), ([516000, 190000, 56000], 762000),
               ([762000, 84000, 46000], 892000), ([178400, 490600, 223000], 892000)]
EVID["e01"] = ["CNY 892,000", "within 2 hours", "credit CNY 500", "20% of the Contract Price", "within 15 days after Final Acceptance",
               "six months after Final Acceptance", "list price in force", "0.1% of the Contract Price for each day",
               "150% of the Contract Price", "Customer Data belongs to the Customer", "vest in the Customer",
               "prior written consent", "laws of Italy", "Chamber of Arbitration of Venice"]

SRC["e02"] = """# ORDER FORM No. TK-2026-0387

**Ticketing Cloud Service for the Fenghuang Ancient Town Scenic Area**

This Order Form is entered into under, and incorporates, the Torwerk General Terms for Cloud Services (version 2026-02) printed below as Part B. Together they form the "Agreement".

| | |
|---|---|
| Customer | Xiangxi Fenghuang Ancient Town Tourism Development Co., Ltd., Fenghuang County, Hunan Province, People's Republic of China |
| Vendor | Torwerk Ticketing GmbH, registered office on the Insel Wasserburg, Bavaria, Germany |
| Order Form date | 2 March 2026 |
| Subscription Term | 24 months from the Service Start Date |
| Currency | Chinese Yuan (CNY), at the Customer's request |

## PART A - ORDER DETAILS

### A1. Services ordered

A1.1 Torwerk Ticketing Cloud, Scenic Area Edition: online ticket sales through the Customer's WeChat mini-program and website, timed-entry slots with daily visitor caps, combined tickets for the ancient town, the Tuojiang boat ride and the night show, real-name ticketing, group and travel-agency bookings, gate validation, refunds and settlement reports.

A1.2 Channel connections to the Customer's two contracted online travel agencies, and to the county tourism big-data platform for visitor-flow reporting.

A1.3 Onboarding: configuration of products and prices, integration with the 42 turnstiles and 16 handheld validators already installed at the Customer's gates, data migration of open group bookings, and training of ticket-office and gate staff.

### A2. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Scenic Area Edition | CNY 23,800 per month x 24 months | 571,200 |
| Onboarding (configuration, gate integration, migration, training) | one-time | 68,000 |
| Total Contract Value | | 639,200 |

Transaction volumes are unlimited; no per-ticket fees apply.

### A3. Invoicing and payment

A3.1 The subscription fee is invoiced monthly in arrears and is payable within 30 days after the invoice.

A3.2 The onboarding fee is invoiced after Go-Live Acceptance under A4 and is payable within 30 days after the invoice.

A3.3 No amount is payable before the Service Start Date.

### A4. Go-Live and acceptance

A4.1 The Vendor shall make the Service ready for Go-Live Acceptance by 15 May 2026, before the summer season.

A4.2 Go-Live Acceptance tests shall demonstrate that: (a) every ticket product in the Customer's price list can be sold, refunded and validated; (b) all 42 turnstiles and 16 handheld validators accept and reject tickets correctly in a test with at least 500 real-name tickets; (c) orders from both travel-agency channels reconcile with the settlement report to the cent for a three-day test period; (d) the daily visitor cap stops sales when reached; and (e) the visitor-flow feed is received by the county platform.

A4.3 When the tests are passed, the Customer shall sign a Go-Live Acceptance Certificate, and the Service Start Date is the day after signature. Use of the Service during tests is not acceptance.

A4.4 If the Service is not ready for Go-Live Acceptance on the date in A4.1 for reasons attributable to the Vendor, the Vendor shall pay CNY 450 for each day of delay.

### A5. Renewal

At the end of the Subscription Term the Agreement renews for a further 24 months at the same monthly fee, unless either party gives notice of non-renewal at least 60 days before the end of the term.

### A6. Hosting

The Service is hosted for the Customer in a data centre of a mainland China cloud provider in Hangzhou.

Signed for the Customer: ____________________ Signed for the Vendor: ____________________

## PART B - TORWERK GENERAL TERMS FOR CLOUD SERVICES

### 1. Provision of the Service

1.1 The Vendor shall provide the Service described in the Order Form with reasonable skill and care, in accordance with its documentation.

1.2 The Vendor may improve the Service from time to time, provided that it does not materially reduce the functions ordered.

### 2. Service availability and support

2.1 The Vendor will use commercially reasonable efforts to make the Service available around the clock, except for planned maintenance, which it will try to schedule outside the Customer's opening hours.

2.2 The Vendor's support desk can be reached by e-mail and through the support portal. The Vendor will use reasonable endeavours to respond to and resolve support requests promptly, having regard to their urgency.

2.3 The Vendor does not commit to any particular availability level, response time or resolution time.

### 3. Customer Data

3.1 "Customer Data" means all data entered into the Service by or for the Customer, including visitor names, identity-card numbers, telephone numbers, orders and gate records.

3.2 Customer Data belongs to the Customer. The Vendor processes Customer Data only to provide the Service to the Customer and on the Customer's documented instructions, and shall not use it for any other purpose.

3.3 On termination the Vendor shall return all Customer Data in a common format within 30 days and then delete it, and shall confirm the deletion in writing.

### 4. Data security

4.1 The Vendor shall keep Customer Data in mainland China and shall maintain a classified protection (MLPS) level 3 record for the Service, encryption of personal information in transit and at rest, role-based access, multi-factor authentication for administrators, and logs of all administrative access.

4.2 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall support the Customer in informing the authorities and the persons concerned, and shall bear the costs and losses resulting from incidents caused by its breach of this Clause 4.

### 5. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, shall use it only for the Agreement and shall not disclose it to third parties except to its advisers under a duty of confidence. This Clause survives for three years after the end of the Agreement.

### 6. Intellectual property

6.1 The Service, the software behind it and the Vendor's documentation remain the Vendor's property. The Customer receives the right to use the Service during the Subscription Term.

6.2 Configurations, price tables, gate integration scripts and reports created specifically for the Customer under the Order Form belong to the Customer, who may use, modify and hand them to any successor provider without restriction.

### 7. Subcontractors

The Vendor may engage subcontractors, including hosting and support providers, to perform any part of the Service. The Vendor shall inform the Customer of each new subcontractor by e-mail, and remains responsible for their performance.

### 8. Liability

8.1 Each party's total liability under the Agreement is limited to twice the Total Contract Value.

8.2 The limit does not apply to breach of Clauses 4 and 5, wilful misconduct, gross negligence or personal injury.

### 9. Term and termination

9.1 The Agreement runs for the Subscription Term and any renewal under the Order Form.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice describing the breach.

9.3 On termination by the Customer under 9.2, the Vendor shall refund any fees paid for the period after termination.

### 10. Governing law and disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

### 11. General

11.1 The Order Form prevails over these General Terms if they conflict.

11.2 Notices shall be in writing and sent to the addresses in the Order Form. Neither party may assign the Agreement without the other's written consent.
"""
SUMS["e02"] = [([23800 * 24], 571200), ([571200, 68000], 639200)]
EVID["e02"] = ["639,200", "commercially reasonable efforts", "does not commit to any particular availability level",
               "No amount is payable before the Service Start Date", "CNY 450 for each day of delay", "same monthly fee",
               "twice the Total Contract Value", "Customer Data belongs to the Customer", "belong to the Customer",
               "inform the Customer of each new subcontractor", "laws of the People's Republic of China",
               "Changsha Arbitration Commission"]

SRC["e03"] = """SUPPLY AND INSTALLATION CONTRACT
Pond Water-Quality Monitoring System

Contract No.: HXAQ-PUR-2026-021

BETWEEN

(1) Zhanjiang Haixian Aquaculture Co., Ltd., Donghai Island, Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer"); and

(2) Aquamesure Systèmes SAS, registered office on the Île d'Aval, Brittany, France (the "Supplier").

RECITALS

A. The Buyer farms white-leg prawns in 48 lined ponds and needs continuous measurement of dissolved oxygen, pH, temperature, salinity and ammonia, with automatic control of its aerators, to prevent night-time oxygen crashes.

B. The Supplier designs and integrates water-quality monitoring systems for aquaculture and has offered the system described in this Contract in response to the Buyer's request for quotation.

C. This Contract is on the Buyer's standard purchasing terms. All prices are stated in Chinese Yuan (CNY) as the Buyer requires.

ARTICLE 1 - SCOPE

1.1 The Supplier shall supply, install, configure and commission: one multi-parameter sonde per pond; solar-powered LoRa gateways covering all ponds; relay units to switch the aerators; and a perpetual licence to its monitoring platform, installed on the Buyer's own server in the farm office.

1.2 The Supplier shall configure alarm rules for each pond, connect alarms to the Buyer's duty telephones by voice call and SMS, and train the Buyer's pond technicians and night-shift staff.

ARTICLE 2 - PRICE

2.1 The Contract Price is CNY 866,000, fixed and inclusive of VAT, import duties, freight, installation and training.

2.2 Price schedule:

No. | Item                                                     | Qty | Unit (CNY) | Amount (CNY)
1   | Multi-parameter sonde (DO, pH, temp., salinity, NH3)      | 48  | 9,850      | 472,800
2   | Solar LoRa gateway                                       | 6   | 14,200     | 85,200
3   | Aerator relay unit                                       | 96  | 1,150      | 110,400
4   | Monitoring platform licence, perpetual, on-premise        | 1   | 126,000    | 126,000
    | Hardware and Licence Subtotal                            |     |            | 794,400
5   | Installation, pond cabling and commissioning              | 1   | 58,600     | 58,600
6   | Training                                                 | 1   | 13,000     | 13,000
    | Contract Price                                           |     |            | 866,000

ARTICLE 3 - PAYMENT

3.1 Advance payment: 10% of the Contract Price (CNY 86,600) within 20 days after signature, against an advance payment guarantee of the same amount from a bank in mainland China.

3.2 Installation payment: 65% of the Contract Price (CNY 562,900) within 20 days after all equipment is installed and the Buyer has signed the installation record. Signing the installation record does not mean acceptance.

3.3 Final payment: 25% of the Contract Price (CNY 216,500) within 20 days after the Buyer signs the Final Acceptance Certificate.

ARTICLE 4 - DELIVERY

4.1 The Supplier shall deliver all equipment to the farm within 50 days after signature and complete installation within 25 days after delivery.

4.2 Installation shall be scheduled with the Buyer's farm manager so that no pond is left without aeration control, and shall follow the Buyer's biosecurity rules for vehicles, boots and equipment entering the pond area.

4.3 If the Supplier misses either date in Article 4.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct them from any payment.

ARTICLE 5 - ACCEPTANCE

5.1 Acceptance criteria:
(a) each sonde reads dissolved oxygen within 0.2 mg/L and pH within 0.1 of a calibrated handheld reference meter, in three checks on different days;
(b) readings from all 48 ponds reach the platform at intervals of no more than 5 minutes, with no pond missing for more than 30 minutes in a continuous 21-day trial;
(c) a simulated low-oxygen event in each pond switches on its aerators and calls the duty telephone within 60 seconds;
(d) the platform keeps working during a 6-hour mains power cut, on the gateways' solar batteries and the server's UPS; and
(e) manuals, wiring diagrams and the alarm configuration have been handed over.

5.2 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within 5 working days. Installation, use of the system in production or any payment is not acceptance. Failed tests shall be repeated after correction at the Supplier's cost.

ARTICLE 6 - WARRANTY

6.1 The warranty period is 24 months from Final Acceptance. During it the Supplier shall repair or replace any defective equipment or software free of charge, including sensor membranes and electrodes that fail before their rated life, and shall supply software updates.

6.2 The Supplier shall keep a stock of spare sondes and relay units in Zhanjiang during the warranty period, so that a failed unit can be swapped on site.

ARTICLE 7 - SUPPORT AFTER THE WARRANTY

7.1 After the warranty period the Buyer may order annual support, covering software updates, remote support, two calibration visits a year and repair labour. The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 63,552 per year, and is fixed for the first three support years. Consumable electrodes are charged at the Supplier's price list attached as Annex 3.

7.2 Support is ordered year by year by purchase order and does not renew automatically.

ARTICLE 8 - SERVICE LEVELS

8.1 Priority 1 means loss of readings or alarms for three or more ponds, or failure of aerator control in any pond. The Supplier shall respond to a Priority 1 fault within 30 minutes, day or night, and have an engineer on site within 6 hours.

8.2 Priority 2 means loss of readings in one or two ponds: response within 2 hours, on site the next day.

8.3 For each hour by which the Supplier is late in responding to or attending a Priority 1 fault, it shall pay the Buyer CNY 300, deductible from any amount due.

ARTICLE 9 - DATA

9.1 All measurements, alarm records, pond logs and production data collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, publish or reuse them, in identified, anonymised or aggregated form.

9.2 The platform runs on the Buyer's server. The Supplier's remote access requires the Buyer's approval for each session, uses an account created by the Buyer and is logged. The Supplier shall apply security patches, change default passwords on all devices and keep the LoRa network encrypted.

9.3 The Supplier shall report any security incident involving the Buyer's data or devices within 12 hours, take immediate steps to contain it and compensate the Buyer for losses caused by its breach of this Article.

ARTICLE 10 - CONFIDENTIALITY

Each party shall keep confidential the other's business and technical information received under this Contract, including the Buyer's stocking density, survival rates and yields, and shall not disclose it without the other's written consent. This obligation continues for three years after the Contract ends.

ARTICLE 11 - INTELLECTUAL PROPERTY

11.1 The alarm rules, dashboards, pond maps and integration scripts prepared for the Buyer belong to the Buyer, who may modify them and give them to any other service provider.

11.2 The platform software remains the Supplier's property and is licensed to the Buyer perpetually under Article 1.

ARTICLE 12 - LIABILITY

The Supplier's total liability under this Contract is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Articles 9 and 10.

ARTICLE 13 - SUBCONTRACTING

The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The local installation team named in Annex 2 is approved on signature.

ARTICLE 14 - TERMINATION

14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.

14.2 On such termination the Supplier shall refund the amounts paid for equipment and services not accepted.

ARTICLE 15 - LAW AND DISPUTES

This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang.

ARTICLE 16 - MISCELLANEOUS

This Contract is made in English and Chinese, both versions having equal force. Annexes: 1 Technical specification; 2 Approved installation team; 3 Consumables price list.

For the Buyer: ____________________        For the Supplier: ____________________
Name / Title: ____________________          Name / Title: ____________________
Date: ____________________                  Date: ____________________
"""
SUMS["e03"] = [([48 * 9850], 472800), ([6 * 14200], 85200), ([96 * 1150], 110400), ([472800, 85200, 110400, 126000], 794400),
               ([794400, 58600, 13000], 866000), ([86600, 562900, 216500], 866000), ([round(794400 * 0.08)], 63552)]
EVID["e03"] = ["CNY 866,000", "within 30 minutes", "CNY 300", "10% of the Contract Price (CNY 86,600)", "Final Acceptance Certificate",
               "24 months from Final Acceptance", "8% of the Hardware and Licence Subtotal", "CNY 63,552",
               "0.1% of the Contract Price for each day", "150% of the Contract Price", "belong to the Buyer",
               "prior written consent", "laws of the People's Republic of China", "Zhanjiang Arbitration Commission"]

SRC["e04"] = """MANAGED IT AND ENDPOINT SUPPORT SERVICES AGREEMENT

Reference: LYWL-MSA-2026-07

This Agreement is dated the ___ day of April 2026 and is made between:

Linyi Tongda Logistics Co., Ltd., Lanshan District, Linyi, Shandong Province, People's Republic of China ("Client"); and

Serveis Gestionats Illa S.L., with its registered office on the Illa de Sant Antoni, Balearic Islands, Spain ("Provider").

WHEREAS the Client operates a regional logistics business from a head office, three sorting hubs and 26 depots in Shandong, with about 640 staff using desktops, laptops, handheld scanners and label printers; and WHEREAS the Provider offers remote and on-site managed IT services through its service desk and its team of engineers based in Linyi; the parties agree as follows. All amounts in this Agreement are in Chinese Yuan (CNY), as the Client has asked.

SECTION 1. DEFINITIONS

1.1 "Services" means the services in Section 2 and Schedule 1.
1.2 "Endpoints" means the Client's desktops, laptops, handheld scanners, label printers and the shared network devices at each site, as listed in the asset register kept under Section 2.4.
1.3 "Incident" means an unplanned interruption or reduction in the quality of an IT service used by the Client.
1.4 "Transition" means the taking over of the services from the Client's internal IT team, as described in Section 3.
1.5 "Client Data" means all data of the Client, its employees and its customers that the Provider accesses or handles, including shipment records, consignee addresses and telephone numbers.

SECTION 2. SERVICES

2.1 Service desk in Chinese by telephone, WeChat and portal, from 06:00 to 23:00 every day, with an on-call engineer outside those hours for Priority 1 Incidents.
2.2 Endpoint management: operating-system and application patching, antivirus and endpoint detection, device encryption for laptops, software distribution and imaging of new devices.
2.3 On-site support at the head office and the three hubs on working days, and visits to depots as needed.
2.4 Asset management: an up-to-date register of all Endpoints, with location, user and warranty status.
2.5 Monthly service reports and a quarterly service review with the Client's IT manager.

SECTION 3. TRANSITION

3.1 The Provider shall complete Transition within 40 days after signature. Transition includes a full inventory of Endpoints, the installation of the management agents, the handover of open tickets, knowledge transfer from the internal IT team and the set-up of the service portal.
3.2 Transition Acceptance criteria: (a) the management agent reports from at least 98% of desktops and laptops in the register, with the rest explained; (b) a test ticket for each site has been logged and resolved; (c) patch compliance of at least 95% for critical patches on managed devices; (d) the runbooks for the Client's sorting-line systems are written and approved by the Client's IT manager.
3.3 When the criteria are met, the Client shall sign a Transition Acceptance Certificate. Starting to use the Services is not acceptance.
3.4 If Transition Acceptance is delayed beyond the date in 3.1 for reasons attributable to the Provider, the Provider shall pay CNY 800 for each day of delay.

SECTION 4. CHARGES AND PAYMENT

4.1 Monthly service charge: CNY 46,500 for the 24-month term, that is CNY 1,116,000 in total, covering up to 700 users and 1,100 Endpoints.
4.2 One-time transition charge: CNY 38,000, invoiced after Transition Acceptance.
4.3 Total contract value: CNY 1,154,000.
4.4 The monthly service charge is invoiced at the end of each month in arrears and paid within 30 days. No charge is payable in advance.
4.5 Additional users or Endpoints beyond the limits in 4.1 are charged pro rata at the rates in Schedule 2, only after the Client has agreed them in writing.

SECTION 5. TERM

5.1 The term is 24 months from the date of Transition Acceptance.
5.2 The Agreement does not renew automatically. Any extension must be agreed in writing, including its charges.

SECTION 6. SERVICE LEVELS

6.1 Priority 1: a hub sorting line, the warehouse management system client or the network of a hub is down. Response within 30 minutes, engineer on site within 2 hours for the head office and hubs, restoration target 6 hours.
6.2 Priority 2: a depot cannot print labels or scan parcels, or a group of users cannot work. Response within 1 hour, resolution within 8 business hours.
6.3 Priority 3: a single user or device problem. Response within 2 business hours, resolution within 2 business days.
6.4 Service credits: for each Priority 1 Incident where the response or on-site time is missed, 2% of the monthly service charge; for each month in which fewer than 90% of Priority 2 and 3 Incidents are resolved on time, 3% of the monthly service charge. Credits are deducted from the next invoice.

SECTION 7. DATA PROTECTION AND SECURITY

7.1 Client Data belongs to the Client. The Provider shall process it only to perform the Services, on the Client's instructions, and shall not use it for any other purpose, including analysis, benchmarking or product development, whether or not it is anonymised.
7.2 Client Data stays in mainland China. The Provider's engineers access Client systems through the Client's bastion host with individual accounts and multi-factor authentication; all sessions are recorded.
7.3 The Provider shall comply with the Personal Information Protection Law and the Data Security Law, shall give its staff security training, and shall securely wipe any storage device it removes from a site.
7.4 The Provider shall notify the Client within 6 hours after it becomes aware of a security incident affecting Client Data or Client systems, shall contain it and support the investigation, and is liable for the losses caused by its breach of this Section.

SECTION 8. CONFIDENTIALITY

Each party shall keep confidential the other party's confidential information, including the Client's customer lists, rates and routes, and shall not disclose it to any third party except with the other party's written consent or as required by law. This obligation lasts for three years after the end of the Agreement.

SECTION 9. INTELLECTUAL PROPERTY

9.1 Runbooks, scripts, images, configuration baselines and documentation produced specifically for the Client belong to the Client, who may use and change them freely and give them to a successor provider.
9.2 The Provider's own tools and know-how remain the Provider's, and the Client receives a free licence to use any of them embedded in the deliverables.

SECTION 10. PERSONNEL AND SUBCONTRACTING

10.1 The Provider shall assign a named service manager and keep at least four engineers based in Linyi.
10.2 The Provider shall not subcontract any part of the Services without the Client's prior written consent, and remains fully responsible for any approved subcontractor.

SECTION 11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.
11.2 The limit does not apply to breach of Sections 7 and 8, wilful misconduct, fraud or personal injury.

SECTION 12. TERMINATION

12.1 The Client may terminate this Agreement by written notice if the Provider commits a material breach and fails to cure it within 30 days after written notice, or if service credits are due in three consecutive months.
12.2 Either party may terminate if the other becomes insolvent.
12.3 On termination or expiry, the Provider shall give up to 60 days of exit assistance at the rates in Schedule 2, return all Client Data and credentials, and delete Client Data from its systems.

SECTION 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of Spain.
13.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be finally resolved by arbitration under the rules of the Barcelona Arbitration Court, seated in Barcelona, Spain, in English.

SECTION 14. GENERAL

14.1 Neither party may assign this Agreement without the other's written consent.
14.2 Notices must be in writing and sent to the addresses above.
14.3 This Agreement, with its Schedules, is the whole agreement of the parties about its subject and may be changed only in writing signed by both parties.

Schedule 1 - Service description and site list. Schedule 2 - Rates for additional users, Endpoints and exit assistance.

SIGNED for the Client: ____________________     SIGNED for the Provider: ____________________
Name: ____________________                      Name: ____________________
Title: ____________________                     Title: ____________________
"""
SUMS["e04"] = [([46500 * 24], 1116000), ([1116000, 38000], 1154000)]
EVID["e04"] = ["CNY 1,154,000", "Response within 30 minutes", "2% of the monthly service charge", "No charge is payable in advance",
               "does not renew automatically", "CNY 800 for each day of delay", "150% of the total contract value",
               "Client Data belongs to the Client", "belong to the Client", "prior written consent", "laws of Spain",
               "Barcelona Arbitration Court"]

SRC["e05"] = """T:Subscription Agreement - CertLink Export Certificate API
P:Subscription No. RC-CN-2026-0058
P:Customer: Ningxia Hongqi Wolfberry Beverage Co., Ltd., Zhongning County, Ningxia Hui Autonomous Region, People's Republic of China.
P:Vendor: Rocha Certificação Digital, Lda., with its registered office on the Ilhéu da Rocha, Portugal.
P:The Customer exports wolfberry (goji) juice and concentrate to the European Union, the Middle East and South-East Asia, and needs to request, track and retrieve export documents, such as certificates of origin, health and phytosanitary certificates and laboratory analysis certificates, from its own order system. The Vendor operates CertLink, an application programming interface (API) platform connecting exporters with certification bodies and laboratories. The parties agree as follows. All fees are in Chinese Yuan (CNY) at the Customer's request.
H:1. Subscription
P:1.1 The Vendor grants the Customer, for the Subscription Term, the right to use the CertLink API and web console for its own export business, for up to 6,000 certificate requests per subscription year, with unlimited status queries and document downloads.
P:1.2 The Subscription Term is 24 months from the Subscription Start Date, which is the day after Onboarding Acceptance under Clause 3.
P:1.3 Requests above the annual allowance are charged at CNY 18 per request, invoiced quarterly in arrears.
H:2. Fees and Payment
P:2.1 Fees: Subscription fee CNY 168,000 per subscription year, that is CNY 336,000 for the Subscription Term. Onboarding fee (sandbox set-up, mapping of the Customer's product and order data to the certificate templates, integration support and training), one time, CNY 42,000. Total Contract Value: CNY 378,000.
P:2.2 The subscription fee for the whole Subscription Term (CNY 336,000) is invoiced on signature of this Agreement and is payable within 20 days after the invoice, in any case before the Subscription Start Date. Subscription fees are non-refundable except as stated in Clause 11.3.
P:2.3 The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days.
P:2.4 Bank charges on the Customer's side are borne by the Customer; those on the Vendor's side by the Vendor.
H:3. Onboarding and Acceptance
P:3.1 The Vendor shall provide a sandbox within 10 days after signature and shall use reasonable efforts to complete onboarding within 60 days after signature. Dates in the onboarding plan are estimates.
P:3.2 Onboarding Acceptance tests shall show that: (a) the Customer's order system can create a certificate request for each of its six product families through the API, and the request is accepted by the issuing body's test environment; (b) status updates reach the Customer's system within 10 minutes; (c) issued documents can be downloaded in PDF and XML and their hashes match; (d) a batch of 200 test requests is processed without error; and (e) the Customer's staff have been trained.
P:3.3 When all tests are passed, the Customer shall sign an Onboarding Acceptance record. Use of the sandbox is not acceptance.
H:4. Service Levels
P:4.1 Availability: the production API will be available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.
P:4.2 Severity 1 (the API or console is unavailable, or requests are rejected for all users): response within 1 hour, 24 hours a day; Severity 2 (degraded performance or a single certificate type failing): response within 3 hours during business hours; Severity 3: next business day.
P:4.3 Service credits: if availability falls below the level in 4.1 in a month, the Vendor credits 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) below that level, up to half of the monthly equivalent. If a Severity 1 response is late, the Vendor credits CNY 300 per hour of delay. Credits are applied to the next invoice or refunded at the end of the term.
H:5. Customer Data
P:5.1 "Customer Data" means the order, product, consignee and laboratory data that the Customer submits, and the certificates and documents issued to it through CertLink.
P:5.2 Customer Data belongs to the Customer. The Vendor uses Customer Data only to provide the service to the Customer and to transmit requests to the certification bodies and laboratories chosen by the Customer, and for no other purpose.
H:6. Data Security
P:6.1 The Vendor shall store Customer Data in a data centre in mainland China, shall encrypt it in transit and at rest, shall restrict access to named staff with multi-factor authentication, and shall keep ISO 27001 certification for the service.
P:6.2 Transfers of Customer Data to certification bodies outside China occur only as instructed by the Customer for each request, under the applicable Chinese rules on cross-border data transfer, which the Vendor shall help the Customer to follow.
P:6.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, shall contain it, and shall bear the losses caused by its failure to comply with this Clause 6.
H:7. Confidentiality
P:Each party shall keep the other's confidential information secret, shall use it only for this Agreement and shall not disclose it except to employees and advisers who need to know it and are bound by similar obligations. This Clause survives for three years after the end of the Agreement.
H:8. Intellectual Property
P:8.1 CertLink, its software and its standard certificate templates remain the Vendor's property.
P:8.2 The data mappings and integration code prepared for the Customer during onboarding belong to the Customer, who may use, modify and license them without restriction.
H:9. Subcontracting
P:The Vendor shall not subcontract the performance of the service, other than hosting by the data-centre provider named in the Annex, without the Customer's prior written consent.
H:10. Liability
P:10.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.
P:10.2 The Vendor's total liability under this Agreement is limited to the fees paid by the Customer in the 6 months preceding the event giving rise to the claim.
P:10.3 Clause 10.2 does not limit liability for breach of Clauses 6 and 7, fraud or wilful misconduct.
H:11. Term and Termination
P:11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new order.
P:11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
P:11.3 If the Customer terminates under Clause 11.2, the Vendor shall refund the subscription fees paid for the period after termination.
P:11.4 On expiry or termination, the Vendor shall keep Customer Data available for download for 60 days and then delete it.
H:12. Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:13. General
P:13.1 Neither party may assign this Agreement without the other's written consent, except to a successor of its whole business.
P:13.2 Notices shall be sent by e-mail with a copy by courier to the addresses above.
P:13.3 This Agreement is the entire agreement of the parties about the subscription.
P:Signed for the Customer: ____________________   Signed for the Vendor: ____________________
P:Name and title: ____________________   Name and title: ____________________
P:Date: ____________________
"""
SUMS["e05"] = [([168000 * 2], 336000), ([336000, 42000], 378000)]
EVID["e05"] = ["CNY 378,000", "99.95%", "response within 1 hour", "CNY 300 per hour of delay", "CNY 336,000",
               "before the Subscription Start Date", "use reasonable efforts to complete onboarding",
               "fees paid by the Customer in the 6 months preceding", "Customer Data belongs to the Customer",
               "belong to the Customer", "prior written consent", "laws of the People's Republic of China",
               "Yinchuan Arbitration Commission"]

# ---------------------------------------------------------------- plan: files, labels, expected rules
FILES = {
    "z01": ("h244z01_tax_bureau_service_hall_queuing_platform.md", "zh", "hardware"),
    "z02": ("h244z02_nonwoven_line_basis_weight_defect_inspection.docx", "zh", "hardware"),
    "z03": ("h244z03_baby_swim_chain_booking_membership_saas.txt", "zh", "cloud"),
    "z04": ("h244z04_county_forestry_resource_platform_annual_om.pdf", "zh", "services"),
    "z05": ("h244z05_pickled_fish_seasoning_wms_supplier_template.md", "zh", "software"),
    "e01": ("h244e01_jade_carving_3d_software_perpetual_licences.docx", "en", "software"),
    "e02": ("h244e02_ancient_town_ticketing_saas_order_form.md", "en", "cloud"),
    "e03": ("h244e03_prawn_farm_water_quality_sensors.txt", "en", "hardware"),
    "e04": ("h244e04_logistics_managed_it_endpoint_support.txt", "en", "services"),
    "e05": ("h244e05_wolfberry_export_certificate_api_subscription.pdf", "en", "cloud"),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order
T = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, False, 0.1, None, 10, True, True, 24, 7.5, False, True, True, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
    "z04": [None, 1, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False, False, None, S],
    "z05": [None, 8, False, "supplier", True, False, True, 0.02, 20, 55, False, False, 6, 22, False, True, None, None, G],
    "e01": [None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 6, None, False, True, False, "Italy", G],
    "e02": [None, None, False, "buyer", True, True, True, 450 / 639200 * 100, 200, None, True, None, None, None, False, True,
            True, "PRC", S],
    "e03": [None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 8, False, True, False, "PRC", G],
    "e04": [None, 0.5, True, "buyer", True, True, True, 800 / 1154000 * 100, 150, None, True, None, None, None, False, True,
            False, "Spain", S],
    "e05": [99.95, 1, True, "buyer", True, True, True, None, 6 / 24 * 100, 336000 / 378000 * 100, True, None, None, None,
            False, True, False, "PRC", S],
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
X = {
    "z01": (True, True, True, False, 1368000), "z02": (True, True, True, False, 1316000),
    "z03": (True, True, None, False, 655600), "z04": (True, True, None, False, 370000),
    "z05": (True, True, True, True, 1280000), "e01": (True, True, False, False, 892000),
    "e02": (False, True, None, False, 639200), "e03": (True, True, True, False, 866000),
    "e04": (True, True, None, False, 1154000), "e05": (True, False, None, False, 378000),
}
# facts the rules need beyond the label: forum outside mainland China; TCO fee base (itemised licence/hardware)
FORUM_OUTSIDE = {"e01", "e04"}
FEE_BASE = {"z01": 1086000, "z02": 1167000, "z05": 960000, "e01": 762000, "e03": 794400}
PLAN = {
    "z01": [], "z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW", "CR-POST-WARRANTY-FEE", "CR-WARRANTY"],
    "e02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "e03": [], "e04": ["CR-GOVERNING-LAW"],
    "e05": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-PREPAYMENT"],
}
PLAN_RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "high", "z05": "high", "e01": "high", "e02": "high",
             "e03": "low", "e04": "low", "e05": "high"}
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium", "CR-SLA-NO-REMEDY": "medium",
       "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium",
       "CR-LD-MISSING": "high", "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
       "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
       "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco(key, t, horizon=5):
    """policy §4: TCO over the horizon from acceptance; purchase + implementation = contract value."""
    value = X[key][4]
    if t["post_warranty_fee_pct"] is None:
        return None
    fee = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, horizon - t["warranty_months"] / 12)
    post = fee * years
    return value + post, post / (value + post) * 100


def rules(key):
    t = dict(zip(KEYS, T[key]))
    sla, ld_stated, capped, deemed, value = X[key]
    goods = t["contract_kind"] == G
    f = set()
    if not sla:
        f.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        f.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        f.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        f.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        f.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        f.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        f.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        f.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        f.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        f.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        f.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        f.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        f.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            f.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            f.add("CR-POST-WARRANTY-FEE")
        r = tco(key, t) if capped else None
        if r and r[1] > 40:
            f.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        f.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        f.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        f.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        f.add("CR-GOVERNING-LAW")
    sev = {SEV[r] for r in f}
    risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
    return sorted(f), risk


def label(key):
    name, lang, cat = FILES[key]
    t = dict(zip(KEYS, T[key]))
    sla, ld_stated, capped, deemed, value = X[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules(key)[0]}


# ---------------------------------------------------------------- threshold scan (policy §3 and §4 values)
NUMZH = "零〇一二三四五六七八九十百点"
THRESH = [
    ("prepayment 30 %", r"(?<![\d.])30(\.0+)?\s*(%|％|per\s?cent|percent)|百分之三十(?![" + NUMZH + "])|thirty\s+per\s?cent|三成"),
    ("P1 4 hours", r"(?<![\d.])4(\.0+)?\s*(个)?\s*(小时|hours?\b|hrs?\b|h\b|-hour)|(?<![十二])四个?小时|\bfour[- ]hours?\b"),
    ("availability 99.9", r"(?<![\d.])99\.90*(?![\d])|百分之九十九点九(?![" + NUMZH + "])"),
    ("LD 0.05 %", r"(?<![\d.])0\.050*(?![\d])|万分之五(?![" + NUMZH + "])|千分之零点五|0\.5\s*‰"),
    ("cap 100 %", r"(?<![\d.])100(\.0+)?\s*(%|％|per\s?cent|percent)|百分之(一)?百(?![" + NUMZH + "])|hundred\s+per\s?cent"),
    ("warranty 12 months", r"(?<![\d.])12\s*(个\s*月|months?\b|-month)|十二个月|\btwelve[- ]months?\b|(?<![十第每])一年|\bone[- ]year\b|(?<![\d.])1[- ]year\b"),
    ("post-warranty 15 %", r"(?<![\d.])15(\.0+)?\s*(%|％|per\s?cent|percent)|百分之十五(?![" + NUMZH + "])|fifteen\s+per\s?cent"),
    ("TCO 40 %", r"(?<![\d.])40(\.0+)?\s*(%|％|per\s?cent|percent)|百分之四十(?![" + NUMZH + "])|forty\s+per\s?cent|四成"),
    ("horizon 5 years", r"(?<![\d.])5\s*(个)?\s*(年|years?\b|-year)|(?<![十第])五年|\bfive[- ]years?\b|(?<![\d.])60\s*(个)?\s*(月|months?\b)|六十个月|\bsixty months\b"),
]
THRESH = [(n, re.compile(p, re.I)) for n, p in THRESH]
SELFTEST_HIT = ["预付30%", "30 %", "thirty per cent", "4小时内响应", "within 4 hours", "four hours", "4-hour", "99.9%", "99.90",
                "百分之九十九点九", "0.05%", "万分之五", "100%", "百分之百", "12个月", "十二个月", "12 months", "one year", "质保一年",
                "15%", "百分之十五", "40%", "百分之四十", "5年", "五年", "five years", "60 months", "60个月"]
SELFTEST_MISS = ["24小时", "24 hours", "14 days", "99.95%", "99.5%", "0.08%", "万分之八", "万分之二", "150%", "2026年",
                 "120个月", "512 months", "25%", "百分之二十五", "百分之四十五", "140%", "二十四小时", "45 days", "0.15%",
                 "115%", "10月至12月", "7×24小时", "2025年", "1,500", "CNY 1,154,000"]


def selftest():
    for s in SELFTEST_HIT:
        assert any(p.search(s) for _, p in THRESH), ("regex misses", s)
    for s in SELFTEST_MISS:
        assert not any(p.search(s) for _, p in THRESH), ("regex false hit", s, [n for n, p in THRESH if p.search(s)])


# ---------------------------------------------------------------- build, read back, check
def readback(path):
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


def build():
    targets, sources = {}, {}
    for key, (name, lang, cat) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key] = (name, ext)
            sources[key] = SRC[key]
        else:
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    word_pdf.write(sources, targets, OUT, wrap_words=True)


def check():
    selftest()
    lengths = {}
    for key, (name, lang, cat) in FILES.items():
        for parts, total in SUMS[key]:
            assert sum(parts) == total, (key, parts, total)
        text = readback(OUT / name)
        flat = re.sub(r"\s+", "", text)
        one = re.sub(r"\s+", " ", text)
        for ev in EVID[key]:
            assert re.sub(r"\s+", "", ev) in flat, (key, "figure not in text", ev)
        value = X[key][4]
        assert "{:,}".format(value) in flat, (key, "contract value not in text")
        for src in (flat, one):
            for n, p in THRESH:
                m = p.search(src)
                assert not m, (key, "threshold value in text", n, src[max(0, m.start() - 30):m.end() + 30])
        if lang == "zh":
            lengths[key] = len(flat)
            assert 2800 <= len(flat) <= 3300, (key, "zh length", len(flat))
        else:
            lengths[key] = len(text.split())
            assert 1500 <= len(text.split()) <= 1700, (key, "en words", len(text.split()))
        got, risk = rules(key)
        assert got == sorted(PLAN[key]), (key, got, PLAN[key])
        assert risk == PLAN_RISK[key], (key, risk)
        lab = label(key)
        assert list(lab["expected_terms"]) == KEYS
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        t = dict(zip(KEYS, T[key]))
        r = tco(key, t) if t["contract_kind"] == G and X[key][2] else None
        print(key, name, lengths[key], risk, len(got), got, "TCO %.0f share %.2f" % r if r else "")
    fired = set().union(*(set(PLAN[k]) for k in PLAN))
    print("rules fired across the set:", len(fired), "of", len(SEV), "; not fired:", sorted(set(SEV) - fired))




# ---------------------------------------------------------------- further clauses of each draft (part of its source)
def add(key, anchor, new, before=True):
    assert SRC[key].count(anchor) == 1, (key, anchor)
    SRC[key] = SRC[key].replace(anchor, new + anchor if before else anchor + new)


add("z01", "## 第五条 验收", "4.3 乙方应在实施前提交实施方案、进度计划及应急回退方案，经甲方审核同意后执行。切换当日乙方应保留原叫号系统随时可用，确保切换失败时30分钟内恢复原系统运行。\n\n4.4 乙方应建立项目周报制度，每周五前向甲方书面报告实施进展、存在问题及下周计划，重大事项随时报告。\n\n")
add("z01", "## 第七条 服务水平", "6.3 质保期内，乙方每季度对三个纳税服务厅进行一次现场巡检，检查设备运行状态、清洁打印部件，并出具巡检报告报甲方信息中心备案。\n\n")
add("z01", "## 第十二条 分包", "11.3 乙方未按第七条、第八条履行义务的，除承担该两条约定的责任外，甲方有权要求乙方限期整改，整改期间发生的额外费用由乙方承担。\n\n")

add("z02", "H:二、付款", "P:（三）合同总价为固定价格，包括设备、软件、运输、保险、安装、调试、培训、税费及质保期内服务的全部费用，除本合同另有约定外，甲方不再支付其他任何费用。\n")
add("z02", "H:三、交货与安装", "P:（四）乙方每次收款前应向甲方开具等额增值税专用发票，甲方付款前有权核对发票与合同约定金额是否一致。\n")
add("z02", "H:四、验收", "P:（四）设备包装应适合长途运输和多次装卸。射线源的运输、安装、使用登记及辐射安全许可手续由乙方协助甲方办理，相关费用已包含在合同总价中。\nP:（五）货物毁损灭失的风险在甲方签署到货安装确认单前由乙方承担。\n")
add("z02", "H:七、故障响应", "P:（四）甲方在质保期满后未委托乙方维保的，乙方仍应以不高于本条约定标准的价格向甲方供应备件，供货期限自最终验收起不少于八年。\n")
add("z02", "H:八、生产数据安全", "P:（四）乙方应设立7×24小时服务热线，并指定一名熟悉甲方生产线的工程师作为服务联系人，联系人变更应提前书面通知甲方。\n")
SRC["z02"] = SRC["z02"].replace("H:十三、其他", "H:十三、培训\nP:（一）乙方应在安装调试期间为甲方工艺、质检及设备维修人员提供现场培训，累计不少于六个工作日，内容包括测量原理、日常标定、瑕疵分类规则设置、报表查询、射线安全防护及常见故障处理。\nP:（二）培训结束后由乙方组织考核，考核合格的人员方可独立操作系统。乙方应提供中文操作手册、维护手册及射线源安全管理手册各三套并附电子版。\nH:十四、不可抗力\nP:因地震、洪水、疫情防控措施等不可抗力导致一方不能履行合同的，受影响方应在3日内通知对方并提供证明，相应延长履行期限。不可抗力持续超过60日的，双方可协商解除合同。\nH:十五、其他")

add("z03", "第2章 服务期限", "1.4 乙方应为甲方配备专属客户成功经理，负责上线后的日常对接、需求收集和季度业务回顾，并每季度向甲方提交平台使用情况报告，包括各门店预约量、到店率、课包消耗和系统故障统计。\n\n1.5 平台新增的通用功能，乙方应免费向甲方开放；甲方提出的个性化新需求，双方另行评估工作量并签订补充协议。\n\n1.6 平台应支持门店在微信支付、支付宝及储值卡之间混合支付，并按甲方财务要求每日生成分门店对账单。\n\n")
add("z03", "第4章 上线与验收", "3.5 乙方应在收款前开具增值税专用发票。服务期内，除本合同另有约定外，年服务费单价不作调整；门店数量增减的，按实际开通门店数及开通天数折算当季服务费。\n\n")
add("z03", "并书面申请上线验收。", "乙方应在上线前完成40家门店收银硬件（扫码枪、小票打印机、钱箱）的联调，并在每家门店上线首日安排人员远程值守；首批上线的6家门店试运行稳定后，方可分批推广至其余门店。", before=False)
add("z03", "第6章 数据权属与安全", "5.4 乙方应提前3日通过平台公告和短信通知甲方计划内维护，计划内维护应安排在门店营业时间以外（每日22:00至次日7:00），每月累计不超过6小时。\n\n5.5 乙方每月5日前向甲方提交上月服务报告，列明可用率、故障清单、响应及恢复时间和抵扣金额；甲方有异议的，双方在10日内核对确认。\n\n")
add("z03", "第7章 知识产权", "6.6 乙方应每个服务年度委托具备资质的第三方机构对平台开展安全测评和个人信息保护合规审计，并将结论摘要提供给甲方。\n\n")
add("z03", "第8章 保密", "7.3 乙方保证其提供的平台及定制成果不侵犯任何第三方的知识产权；如因此引起第三方索赔，由乙方负责处理并承担全部费用及甲方的损失。\n\n")
add("z03", "应事先取得甲方书面同意。", "经同意分包的，乙方仍应对分包部分向甲方承担全部责任，并确保分包方遵守本合同第6章和第8章的要求。", before=False)
add("z03", "第11章 争议解决", "10.3 合同终止或解除的，乙方应按6.5条配合数据导出和迁移，在甲方完成切换前不得中断服务，过渡期最长不超过60日，过渡期服务费按原标准计收。\n\n")
SRC["z03"] = SRC["z03"].replace("第12章 其他", "第12章 通知\n\n双方指定的联系人、电话及电子邮箱见附件一。一方变更联系方式的，应在3日内书面通知对方。重要通知须以书面形式（含电子邮件）送达，发送之日视为送达。\n\n第13章 其他")

add("z04", "H:第二部分 服务期限与费用", "P:5. 用户服务：为甲方及各乡镇林业站用户提供平台使用咨询、账号开通和数据下载申请办理，每个服务年度组织不少于两次平台操作培训。\nP:6. 版本维护：根据省级林草部门数据标准的调整，对平台数据字典、图层样式和统计报表进行适配性修改。\n")
add("z04", "H:第三部分 服务水平", "P:4. 服务费为固定总价，包含乙方人员工资、社保、差旅、交通、通讯、办公及税费等全部费用，服务期内不作调整。\nP:5. 服务期内，乙方应按甲方要求配合完成上级林业主管部门组织的数据抽查、督查图斑核实、年度公报数据核对等临时性工作，所需人工已包含在服务费中。\n")
add("z04", "H:第四部分 考核与验收", "P:4. 三级故障及用户一般性咨询，乙方应在1个工作日内答复；需要版本维护解决的，应告知甲方预计完成时间。\n")
add("z04", "H:第五部分 数据权属", "P:5. 乙方每月5日前提交上月运维月报，内容包括系统运行状况、故障处理记录、备份及演练情况、用户服务请求处理情况和下月工作计划；每季度末提交季度运维总结，作为季度考核的依据。\nP:6. 季度考核得分低于80分的，甲方约谈乙方负责人，乙方应在10日内提交整改报告。\n")
SRC["z04"] = SRC["z04"].replace("H:第十一部分 其他", "H:第十四部分 其他").replace("H:第十部分 争议解决", "H:第十三部分 争议解决")
add("z04", "H:第九部分 合同履行与变更", "H:第九部分 驻场人员\nP:1. 乙方驻场工程师应具有地理信息系统或计算机相关专业本科以上学历、三年以上林业信息化运维经验，熟悉空间数据库，名单及资质证明作为合同附件。\nP:2. 驻场工程师按甲方作息时间工作，防火期服从甲方值班安排。驻场工程师请假超过2日的，乙方应安排同等能力人员替岗。\nP:3. 乙方更换驻场工程师应提前15日书面征得甲方同意，并完成不少于6个工作日的交接。甲方认为驻场人员不能胜任的，有权要求乙方在10日内更换。\nH:第十部分 应急保障\nP:1. 乙方应在合同签订后15日内制定平台应急预案，包括数据库故障、服务器宕机、存储损坏等情形的处置流程、恢复步骤及联系人，经甲方确认后执行。\nP:2. 乙方每半年组织一次应急演练，甲方信息化负责人参加，演练记录纳入季度考核。\nP:3. 森林火灾、重大林业有害生物灾害等应急事件期间，乙方应按甲方指令提供平台数据查询、专题图制作等技术保障，不得以不属于服务范围为由拒绝。\nH:第十一部分 廉洁与安全生产\nP:1. 乙方及其人员不得向甲方工作人员提供任何形式的礼金、礼品、宴请或其他利益，违反本条的，甲方可依照政府采购有关规定处理。\nP:2. 乙方人员在甲方办公场所及野外核查现场应遵守甲方安全管理规定。乙方负责为其人员购买人身意外伤害保险，乙方人员发生的人身伤害由乙方自行承担。\n")
SRC["z04"] = SRC["z04"].replace("H:第九部分 合同履行与变更", "H:第十二部分 合同履行与变更")
add("z04", "H:第十三部分 争议解决", "P:3. 服务期满，乙方应在15日内向甲方或甲方指定的单位完成运维交接，移交系统账号、口令、运维手册、备份介质及未结问题清单，并配合新服务单位熟悉系统不少于10个工作日。\n")

add("z05", "## 二、合同金额", "4. “一级故障”指导致甲方主要仓库无法完成收货、上架、拣货或发货作业的系统故障。\n\n")
add("z05", "上述金额含增值税，不含硬件及第三方数据库费用。", "定制开发工作量以双方确认的需求说明书为准，超出部分按乙方人天单价每人天2,800元另行计费。", before=False)
add("z05", "## 五、验收", "4. 乙方实施人员原则上以远程方式开展工作，如需现场实施，甲方应承担实施人员的差旅及食宿费用。\n\n")
add("z05", "## 七、技术支持服务", "3. 免费维护期内乙方仅提供远程支持，现场服务按乙方人天单价收费。\n\n")
add("z05", "## 九、知识产权", "4. 维保服务费用应于每个服务年度开始前一次性支付，甲方逾期支付的，乙方有权暂停服务。\n\n")
add("z05", "## 十、数据", "3. 甲方如需获取定制开发成果的源代码用于二次开发，须另行向乙方购买源代码授权。\n\n")
add("z05", "## 十一、保密", "4. 系统运行产生的日志、统计数据及模型参数归乙方所有。\n\n")
add("z05", "## 十三、合同解除", "4. 因甲方原因导致系统未能按期上线的，乙方实施周期相应顺延，甲方应按实际延误天数向乙方支付人员窝工费用。\n\n")
add("z05", "## 十四、争议解决", "合同解除的，甲方已支付的款项不予退还，乙方已交付的软件甲方可继续使用。\n\n")
SRC["z05"] = SRC["z05"].replace("## 十五、其他", "## 十五、甲方义务\n\n1. 甲方应按乙方提供的配置清单自行采购并部署服务器、数据库、网络设备及RF手持终端，并保证运行环境符合乙方要求。因运行环境不符合要求导致的系统问题，乙方不承担责任。\n\n2. 甲方应指定项目负责人及各仓库关键用户，配合乙方完成需求调研、数据准备、测试和上线切换。\n\n3. 甲方应自行负责系统账号及口令的管理，因甲方人员操作失误造成的数据错误由甲方自行承担。\n\n## 十六、培训\n\n乙方在上线前为甲方仓库管理员、RF作业人员及系统管理员提供集中培训，累计不超过三个工作日。超出部分及上线后的追加培训，按乙方人天单价另行收费，差旅费由甲方承担。\n\n## 十七、不可抗力\n\n因不可抗力或政府行为、网络运营商故障、第三方软硬件缺陷等非乙方可控原因导致合同不能履行或延迟履行的，乙方不承担责任。\n\n## 十八、通知\n\n双方往来通知以书面或电子邮件形式发送至本合同首页载明的地址，发出后三日视为送达。\n\n## 十九、其他")

add("e01", "H:7. Warranty", "P:The Vendor shall also hold remote follow-up sessions of two hours each, on request, during the first three months after Final Acceptance, to answer the designers' questions on advanced sculpting and toolpath strategies.\n")
add("e01", "H:6. Training", "P:5.4 With the Custom Post-Processor the Vendor shall supply a test report for each machine model and a description of the machine parameters used, so that the Customer can maintain the post-processor later.\n")
add("e01", "P:Schedule 1:", "P:17.3 Neither party may assign this Agreement without the other party's written consent. Notices shall be in writing, in English, and sent by courier or e-mail to the addresses stated above.\n")

add("e02", "### A2. Fees", "A1.4 Peak-season cover: during the National Day and Spring Festival holidays the Vendor shall keep a named support engineer on call for the Customer.\n\n")
add("e02", "Signed for the Customer:", "Backups are kept in a second data centre of the same provider in mainland China.\n\n")
add("e02", "### 2. Service availability and support", "1.3 The Vendor shall give the Customer at least 30 days' notice of any change to the Service's interfaces that requires changes at the Customer's gates or sales channels.\n\n")
SRC["e02"] = SRC["e02"].replace("### 11. General\n\n11.1", "### 11. Customer responsibilities\n\n11.1 The Customer is responsible for its turnstiles, validators and network connections at the gates, and for the accuracy of the prices and capacity limits it configures.\n\n11.2 The Customer shall keep its user credentials secure, shall give administrator rights only to named employees and shall inform the Vendor without delay of any suspected misuse of its accounts.\n\n11.3 The Customer is responsible for obtaining the visitors' consent required by law for real-name ticketing, using the consent text that the Service displays and that the Customer approves during onboarding.\n\n### 12. Suspension\n\nThe Vendor may suspend access to the Service only if the Customer's use creates an imminent risk to the security of the Service, or if undisputed fees are more than 60 days overdue and remain unpaid 15 days after a written reminder. The Vendor shall give as much notice as practicable, shall limit the suspension to what is necessary and shall restore access as soon as the reason has been removed.\n\n### 13. Force majeure\n\nNeither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or widespread failures of public networks, provided that it notifies the other party promptly and uses reasonable efforts to limit the effects. Fees are not payable for any period in which the Service is unavailable for such reasons.\n\n### 14. General\n\n14.1").replace("11.2 Notices shall be in writing", "14.2 Notices shall be in writing")

add("e03", "ARTICLE 2 - PRICE", "1.3 The Buyer shall provide mains power at each gateway pole location, space for the server in its farm office, and a boat and a helper for work on the ponds. The Supplier shall bring all other tools and materials.\n\n")
add("e03", "ARTICLE 7 - SUPPORT AFTER THE WARRANTY", "6.3 A unit replaced under warranty carries the remainder of the original warranty period or 6 months, whichever is longer.\n\n")
SRC["e03"] = SRC["e03"].replace("ARTICLE 16 - MISCELLANEOUS", "ARTICLE 16 - TITLE AND RISK\n\n16.1 Title to the equipment passes to the Buyer on payment of the installation payment under Article 3.2.\n\n16.2 Risk of loss or damage remains with the Supplier until the Buyer signs the installation record.\n\n16.3 The Supplier shall pack the equipment for sea and road transport in a humid coastal climate and shall insure it until delivery to the farm for 110% of its value.\n\nARTICLE 17 - FORCE MAJEURE\n\nA party prevented from performing by typhoon, flood, epidemic measures or other events beyond its control shall notify the other party within three days and provide evidence. The time for performance is extended by the duration of the event. If the event lasts more than 60 days, either party may terminate the unperformed part of the Contract without liability.\n\nARTICLE 18 - MISCELLANEOUS")

add("e04", "SECTION 3. TRANSITION", "2.6 Joiners and leavers: preparing devices and accounts for new staff within 2 working days after request, and collecting and wiping the devices of leavers.\n")
add("e04", "SECTION 6. SERVICE LEVELS", "5.3 The parties shall review the service levels and charges at the quarterly service review in the last quarter of the term, to prepare any extension.\n\n")
SRC["e04"] = (SRC["e04"].replace("14.1 Neither party may assign", "17.1 Neither party may assign").replace("14.2 Notices must", "17.2 Notices must")
              .replace("14.3 This Agreement, with", "17.3 This Agreement, with")
              .replace("SECTION 14. GENERAL", "SECTION 14. CLIENT RESPONSIBILITIES\n\n14.1 The Client shall give the Provider's engineers access to its sites and systems and a desk at each hub, shall nominate its IT manager as the single point of contact, and shall keep its own licences for operating systems and applications valid.\n14.2 The Client shall tell the Provider in advance about new sites, new sorting lines and changes to its warehouse management system, so that the Provider can plan support.\n\nSECTION 15. CHANGE CONTROL\n\nEither party may request a change to the Services. The Provider shall answer a change request within 10 working days, stating its effect on the Services, the service levels and the charges. No change takes effect until both parties have signed a change note. The Provider shall not refuse reasonable changes needed to support new depots.\n\nSECTION 16. INSURANCE\n\nThe Provider shall maintain professional indemnity and public liability insurance with reputable insurers for the term, each with cover of not less than CNY 3,000,000 per claim, and shall provide certificates on request.\n\nSECTION 17. GENERAL"))

add("e05", "H:2. Fees and Payment", "P:1.4 The Vendor shall provide a sandbox environment for the whole Subscription Term, for the Customer's testing of changes to its order system.\n")
add("e05", "H:3. Onboarding and Acceptance", "P:2.5 Prices are fixed for the Subscription Term.\n")
add("e05", "H:5. Customer Data", "P:4.4 The Vendor publishes a monthly availability report for the Customer in the web console.\n")
add("e05", "H:12. Governing Law and Disputes", "P:11.5 Clauses 5, 6, 7 and 10 survive the end of this Agreement.\n")
SRC["e05"] = (SRC["e05"].replace("P:13.1 Neither party may assign", "P:17.1 Neither party may assign").replace("P:13.2 Notices", "P:17.2 Notices")
              .replace("P:13.3 This Agreement is", "P:17.3 This Agreement is").replace("H:13. General", "H:17. General")
              .replace("P:12.1 This Agreement is governed", "P:16.1 This Agreement is governed").replace("P:12.2 Disputes", "P:16.2 Disputes")
              .replace("H:12. Governing Law and Disputes", "H:12. Customer Responsibilities\nP:12.1 The Customer is responsible for the accuracy of the product, order and laboratory data that it submits, and for choosing the certification bodies and laboratories for each request.\nP:12.2 The Customer shall keep its API keys secret, shall rotate them at least every six months and shall inform the Vendor at once if a key may have been disclosed.\nP:12.3 The Customer pays the fees of certification bodies and laboratories directly to them; those fees are not part of this Agreement.\nH:13. Changes to the API\nP:13.1 The Vendor may add functions to CertLink at any time. It shall give at least 90 days' notice before withdrawing an API version used by the Customer and shall keep the previous version available during that period.\nP:13.2 The Vendor shall keep the certificate templates of the issuing bodies used by the Customer up to date and shall inform the Customer of any change in the requirements of those bodies that it becomes aware of.\nH:14. Suspension\nP:The Vendor may suspend access only if the Customer's use endangers the security of CertLink or breaches the law, and only to the extent necessary. The Vendor shall notify the Customer before the suspension, or at once where prior notice is not possible, and shall restore access as soon as the cause has been removed.\nH:15. Force Majeure\nP:Neither party is liable for delay or failure caused by events beyond its reasonable control, including failures of the systems of certification bodies, natural disasters, epidemics and government action, provided that it informs the other party promptly and takes reasonable steps to resume performance.\nH:16. Governing Law and Disputes"))

add("z04", "H:第二部分 服务期限与费用", "P:7. 运维工作台账：乙方应建立运维工作台账，完整记录每次服务请求、变更操作及处理结果，台账随月报提交甲方。\n")
add("z04", "H:第三部分 服务水平", "P:6. 乙方应在收到每季度服务费前向甲方开具合法有效的发票。\n")
add("z04", "H:第八部分 分包", "P:运维期间形成的技术文档应使用中文编写，并按甲方档案管理要求归档。\n")
add("z04", "自双方签字盖章之日起生效。", "附件：运维服务内容清单、考核评分表、驻场人员名单。", before=False)
add("z05", "## 四、实施与交付", "4. 甲方支付各期款项前，乙方应开具增值税专用发票。\n\n")
add("z05", "## 五、验收", "5. 乙方实施顾问根据甲方仓库现状提供库位规划建议，该建议仅供参考，由甲方自行决定是否采纳。\n\n")
add("z05", "保密期限至该信息公开之日止。", "乙方可在其宣传材料及客户名单中使用甲方名称和商标。", before=False)
add("z05", "发出后三日视为送达。", "一方变更地址或电子邮箱的，应及时通知对方，否则按原地址发送即视为送达。", before=False)


if __name__ == "__main__":
    build()
    check()
