"""holdout162: sources of the ten ORDINARY draft contracts, their labels, and the read-back checks.

Run with /work/main/.venv/bin/python make_files.py (from any directory). It writes the .md/.txt drafts directly, builds
the two .docx and the two .pdf with ../word_pdf.py (wrap_words=True), writes the .json labels (one-space indent, no
trailing newline), re-applies the policy rules of policy.md §3/§4 to every label, and reads every file back (python-docx
/ pypdf) to count its length and scan it for values sitting on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h162z01 — 交通信号优化控制系统建设 (政府采购 公开招标, buyer's paper), .docx with a Word price table — compliant
# ---------------------------------------------------------------------------------------------------------------
H162Z01 = """
T:临江市公安局交通管理支队交通信号优化控制系统建设项目政府采购合同
P:合同编号：LJJG-XH-2026-011　　采购项目编号：LJCG-2026-GK-0173　　采购方式：公开招标
P:甲方（采购人）：临江市公安局交通管理支队　　地址：临江市滨江大道218号
P:乙方（中标供应商）：江城智行交通科技有限公司　　地址：临江市高新区创业路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方书面确认的澄清文件均为本合同的组成部分；上述文件之间如有冲突，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责临江市主城区86个信号控制路口的交通信号优化控制系统建设，包括信号控制机更换与升级、雷视一体车辆检测器安装、区域协调控制中心平台部署、路口渠化与配时优化、与甲方集成指挥平台及视频专网的对接，以及人员培训和质保期内的维护服务。
P:1.2 系统应实现单点感应控制、干线绿波协调、区域自适应控制、特勤及应急车辆信号优先、实时路况研判和配时方案效果自动评估等功能，具体技术要求以招标文件第五章《采购需求》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币柒佰万元整（¥7,000,000.00），为固定总价，已包含设备、软件、运输、安装、调试、系统对接、培训、质保期内服务及税费等全部费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|信号控制机（含机柜、电源及防雷模块）|86台|38,600|3,319,600
TB:2|雷视一体车辆检测器|172套|9,800|1,685,600
TB:3|区域协调控制中心平台软件许可|1套|680,000|680,000
TB:4|中心服务器、存储及网络安全设备|1批|426,000|426,000
TB:—|设备及软件小计|—|—|6,111,200
TB:5|路口渠化与配时优化服务|86个路口|6,200|533,200
TB:6|安装调试及联网|1项|318,600|318,600
TB:7|培训|1项|37,000|37,000
TB:—|合同总价|—|—|7,000,000
P:2.2 合同履行期间，除经甲方书面确认的需求变更外，合同价款不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的25%作为预付款，即¥1,750,000。
P:3.2 全部设备到货、安装完毕并通过初步验收后15个工作日内，甲方支付合同总价的50%，即¥3,500,000。
P:3.3 系统试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的25%，即¥1,750,000。
P:3.4 乙方每次收款前应向甲方开具合法有效的发票。本项目资金为财政资金，按国库集中支付程序办理。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后150日内完成全部路口的设备安装、联网调试和配时优化，具备初步验收条件。分批施工计划须经甲方书面确认，路口施工应避开早晚高峰，并按甲方要求做好交通组织和安全防护。
P:4.2 乙方应在合同生效后20日内提交实施方案，内容包括施工组织、进度计划、割接方案、应急预案和项目人员名单。项目经理及技术负责人须与投标文件一致，更换须经甲方书面同意。割接期间因乙方原因造成路口信号黑灯的，乙方应立即恢复并承担由此产生的责任。
H:第五条 验收
P:5.1 初步验收：全部路口设备安装完毕并接入中心平台后，由甲方组织初步验收。验收标准为：（1）设备品牌、型号、数量和技术参数与投标文件一致；（2）86个路口信号机全部接入中心平台，可远程监视、下发和切换配时方案；（3）车辆检测器流量检测误差不超过±5%，排队长度检测误差不超过±8%；（4）与集成指挥平台、视频专网的接口联调通过。
P:5.2 最终验收：初步验收合格后系统连续试运行90日。试运行期间未发生一级故障，干线绿波协调路段早晚高峰平均行程时间较实施前下降不低于10%（以双方共同委托的第三方检测机构出具的评估报告为准），且系统通过网络安全等级保护测评的，甲方组织最终验收并签署最终验收报告。
P:5.3 设备到货签收、安装完成、试运行或甲方使用系统，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修和更换、软件升级以及每季度一次的全面巡检，并每季度提交配时效果评估报告。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过设备及软件小计的6%（即每年不超过¥366,672），该价格在质保期满后三年内不上调。维护服务合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 乙方设立全年无休的服务热线和驻场服务小组，故障分级及服务时限如下：一级故障（区域协调控制中断、中心平台不可用或5个以上路口信号异常）：15分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单个路口信号机故障、黄闪或黑灯）：30分钟内响应，1小时内到达现场，3小时内恢复；三级故障（检测器故障或非关键功能异常）：2小时内响应，2个工作日内修复。
P:7.2 中心平台年可用率（按月统计）不低于99.95%。
P:7.3 服务时限未达标的，一级故障每超时1小时扣减¥2,000，二级故障每超时1小时扣减¥800；中心平台年可用率每低于承诺值0.01个百分点扣减¥3,000。扣减款项从履约保证金或应付款项中扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的接口程序、配时方案、渠化设计图纸、区域控制策略参数及相关文档，其知识产权归甲方所有。乙方应在最终验收时交付源代码和技术文档，甲方有权自行或委托第三方使用、修改。
P:8.2 中心平台软件及信号机嵌入式软件的原有知识产权仍归乙方或原厂所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付的产品不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 系统采集和产生的交通流量、信号运行、号牌识别、视频图像及配时数据均属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 系统部署于公安视频专网和交通管理内网，须满足网络安全等级保护第三级要求。乙方人员远程维护须经甲方逐次审批，通过甲方堡垒机接入并全程审计，不得私自接入互联网或外接存储介质。
P:9.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的警务工作信息、路网数据、系统口令和安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的全部人员签订保密承诺书。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或逾期具备初步验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的设备或系统不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本项目，亦不得分包主体工作。路口管线及基础施工如需分包，须事先取得甲方书面同意，乙方对分包部分向甲方承担连带责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应在合同签订后10日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:15.2 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：临江市公安局交通管理支队　　　　乙方（盖章）：江城智行交通科技有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h162z02 — 镀膜缺陷视觉检测设备 + 质保期满后维保, .pdf, 一、/（一）/1. — no confidentiality, 27.5 % fee, TCO
# ---------------------------------------------------------------------------------------------------------------
H162Z02 = """
T:镀膜玻璃在线缺陷视觉检测设备采购合同
P:合同编号：FCGN-SB-2026-0327
P:甲方（买方）：凤城光能玻璃有限公司　　住所：凤城市经济开发区光明大道9号
P:乙方（卖方）：明鉴视觉技术（苏州）有限公司　　住所：苏州市工业园区星湖街328号
P:甲方为其光伏玻璃深加工车间4条镀膜生产线配置在线缺陷视觉检测设备，经询比价确定乙方为供货方。双方根据《中华人民共和国民法典》，经平等协商，订立本合同，共同遵守。
H:一、合同标的与价格
P:（一）乙方向甲方提供镀膜玻璃在线缺陷视觉检测设备及配套软件，并负责运输、安装、调试、培训和质保期内服务。设备用于检测镀膜层针孔、划伤、色差、膜层脱落、气泡、结石及边部崩缺等缺陷，适配2.0mm至3.2mm光伏镀膜玻璃，最大板宽2,500mm，检测线速不低于每分钟18米。
P:（二）合同价格明细如下：
P:1. 在线缺陷检测设备（含线扫相机阵列、LED线光源、工控机、检测机架及电控柜）4套，单价¥486,000，小计¥1,944,000；
P:2. 离线复检工作站2套，单价¥78,500，小计¥157,000；
P:3. 缺陷分类算法软件许可（随设备永久授权）4套，单价¥36,000，小计¥144,000；
P:以上设备及软件小计¥2,245,000。
P:4. 安装调试费¥96,000；
P:5. 培训费¥24,000；
P:6. 运输及保险费¥38,600。
P:（三）合同总价为人民币贰佰肆拾万叁仟陆佰元整（¥2,403,600），含13%增值税。除本合同另有约定外，合同总价不作调整。
H:二、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方指定车间，并在到货后30日内完成安装调试。安装须配合甲方生产线停机计划，每条线因安装造成的停机不超过36小时。
P:（二）设备到货时双方共同开箱清点，签署到货签收单。到货签收仅确认设备数量及外观，不代表质量验收。
P:（三）乙方派驻现场的工程师应遵守甲方安全生产、动火作业及洁净车间管理规定，因乙方人员违规造成的损失由乙方承担。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，计¥240,360；
P:（二）全部设备到货签收后15个工作日内，甲方支付合同总价的50%，计¥1,201,800；
P:（三）最终验收合格后15个工作日内，甲方支付合同总价的35%，计¥841,260；
P:（四）合同总价的5%（¥120,180）作为质量保证金，于质保期满且无未决质量问题后15个工作日内支付。
P:（五）乙方每次收款前应开具相应金额的增值税专用发票。
H:四、验收
P:（一）安装调试完成后，设备随生产线连续在线运行30日，之后由双方按以下标准进行最终验收：
P:1. 对甲方提供的不少于500片标准缺陷样板（覆盖全部缺陷类别）进行检测，漏检不超过2片，最小可检出缺陷尺寸不大于0.3mm；
P:2. 连续生产72小时内，每班误报不超过5片；
P:3. 检测节拍满足最高线速要求，检测结果实时上传甲方MES系统，缺陷图像与玻璃编号一一对应；
P:4. 电控柜、光源及相机防护满足车间温度和粉尘环境要求。
P:（二）验收合格的，双方签署最终验收报告；不合格的，乙方应在20日内整改后重新验收。整改两次仍不合格的，甲方有权退货并解除合同，乙方应退还已收款项。
P:（三）设备安装完成、试运行或甲方在生产中使用设备，均不视为验收合格。
H:五、质量保证
P:（一）设备及软件的免费质保期为十八个月，自最终验收合格之日起计算。质保期内因设备质量原因产生的维修、零部件更换及软件缺陷修复均由乙方免费负责，LED光源、线扫相机和工控机等主要部件亦在免费更换范围内。
P:（二）质保期内乙方每季度上门对检测精度进行一次标定，并出具标定报告。
H:六、售后服务
P:（一）乙方提供服务热线和远程诊断。故障响应时限如下：一级故障（检测设备停机导致生产线无法放行或出现批量漏检）：30分钟内远程响应，6小时内工程师到达现场，10小时内恢复；二级故障（部分检测功能失效或误报明显增加）：1小时内响应，次日到场处理；三级故障：2个工作日内处理。
P:（二）一级、二级故障处理超出上述时限的，每超时1小时，乙方向甲方支付¥800；因此造成甲方批量漏检的，乙方另行赔偿甲方实际损失。
P:（三）质保期满后，甲方向乙方采购全包维保服务，内容包括远程支持、每季度标定、算法模型升级，以及LED光源、线扫相机、镜头和工控机的更换。维保年费为设备及软件小计的27.5%，即每年¥617,375，按季度支付。该价格自质保期满之日起五年内固定不变，双方届时签署年度维保确认单。
H:七、知识产权
P:（一）乙方为甲方定制开发的缺陷分类模型（含以甲方样本训练得到的模型参数）、与甲方MES系统的接口程序及其文档，知识产权归甲方所有，乙方应在最终验收时交付；甲方有权自行或委托他人使用、修改。
P:（二）设备嵌入式软件及缺陷分类算法软件的原有知识产权归乙方所有，乙方授予甲方永久使用许可。乙方保证交付的设备及软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:八、生产数据安全
P:（一）设备采集的玻璃图像、缺陷记录、工艺参数及产量数据均属于甲方，乙方仅为履行本合同处理，不得用于其他目的。
P:（二）检测数据存储于甲方车间服务器，设备不得接入互联网。乙方远程诊断须经甲方信息部门逐次审批，通过甲方指定的VPN及堡垒机进行，操作全程留存日志；乙方不得将数据拷贝带离甲方厂区。
P:（三）发生数据丢失、篡改或非授权访问等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，由乙方承担责任并赔偿甲方损失。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%；逾期超过45日的，甲方有权解除合同。
P:（二）设备不符合合同约定的，乙方应负责更换、修理，并赔偿甲方因此遭受的损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十、分包
P:乙方不得将本合同项下的设备制造、安装调试工作转包或分包给第三方；确需分包辅助性工作的，须事先取得甲方书面同意。
H:十一、合同解除
P:（一）任何一方严重违约，经守约方书面通知后20日内未予纠正的，守约方有权解除合同并要求赔偿损失。
P:（二）因不可抗力导致合同无法履行的，双方可协商解除本合同。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、其他
P:（一）本合同附件包括技术协议、设备清单及验收方案，与本合同具有同等效力。
P:（二）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：凤城光能玻璃有限公司　　　　乙方（盖章）：明鉴视觉技术（苏州）有限公司
P:代表签字：__________　　　　代表签字：__________
P:日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h162z03 — 宠物病历与预约 SaaS, three years + 实施, .md, Markdown headings + 1.1
# ---------------------------------------------------------------------------------------------------------------
H162Z03 = """# 宠物病历与预约管理系统 SaaS 服务合同

合同编号：AC-IT-2026-058

甲方（客户）：杭州安宠动物医院管理有限公司
住所：杭州市西湖区文三路477号

乙方（服务商）：云诊宠物科技（杭州）有限公司
住所：杭州市余杭区文一西路998号

甲方经营连锁动物医院，拟统一使用乙方的宠物病历与预约管理云服务。双方经友好协商，就乙方向甲方提供软件即服务（SaaS）及实施服务事宜达成如下协议。

## 1 服务内容

1.1 乙方通过其云平台"云诊宠物医院管理系统"向甲方及其42家门店医院提供SaaS服务，功能包括：电子病历（初诊、复诊、住院、手术、疫苗及驱虫记录）、线上预约与医生排班、候诊叫号、检验及影像报告归档、处方与药品库存、会员与收费、短信及小程序提醒、经营报表等模块。

1.2 乙方负责实施服务：平台开通与参数配置；将甲方现有系统中约38万份宠物病历和21万条客户档案迁移至平台；开发与甲方检验设备（血常规、生化分析仪、DR影像）的数据接口；门店人员培训及上线现场支持。

1.3 服务期为三年，自全部门店上线验收通过之日起计算。

## 2 费用

2.1 合同费用如下表：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| SaaS订阅费 | 42家门店 × ¥3,600/店/年 × 3年 | 453,600 |
| 实施服务费（配置、数据迁移、接口开发、培训） | 一次性 | 86,400 |
| 合同总价 | | 540,000 |

2.2 服务期内新增门店的，按每店每年¥3,600按月折算计费；门店减少的，在当期服务年度届满时相应调整。

## 3 付款

3.1 本合同不设预付款。

3.2 实施服务费在上线验收通过后20个工作日内一次性支付。

3.3 订阅费按季度结算：乙方在每个服务季度结束后10个工作日内开具发票，甲方在收到发票后20个工作日内支付当季订阅费¥37,800，扣除第5.3条约定的服务费抵扣。

## 4 实施与上线验收

4.1 乙方应于合同生效后60日内完成全部门店的配置、数据迁移和培训，具备上线验收条件。实施分试点和推广两个阶段：首批3家试点门店试运行14日，试运行问题闭环后分批推广至其余门店。

4.2 上线验收标准：（1）迁移数据与源系统逐条核对，病历、客户及宠物档案数量一致，抽检500份病历内容无差异；（2）预约、挂号、接诊、开方、收费、住院全流程在每家门店测试通过；（3）检验设备结果自动回传病历，连续5日无丢失；（4）门店高峰时段页面平均响应时间不超过2秒。

4.3 甲方在收到乙方验收申请后10个工作日内组织验收并出具书面意见。平台开通或门店开始使用系统，均不视为验收通过。

4.4 乙方应为每家门店提供不少于半天的现场培训，为甲方总部提供系统管理员培训，并在各门店上线后两周内安排专人远程值守、解答使用问题。培训教材和操作手册由乙方免费提供。

4.5 甲方应指定总部项目负责人，及时提供门店清单、现有系统数据导出文件和检验设备接口资料，并协调门店安排培训时间。

## 5 服务水平

5.1 平台月可用率不低于99.5%。计划内维护须提前3日通知甲方，并安排在凌晨1:00至5:00之间进行，不计入不可用时间。

5.2 故障分级及响应：P1（平台整体不可用，或病历、收费功能无法使用）：30分钟内响应，3小时内恢复；P2（单一模块或部分门店异常）：1小时内响应，8小时内恢复；P3（一般问题及使用咨询）：1个工作日内答复。

5.3 月可用率低于承诺值或P1故障超出恢复时限的，乙方按当月订阅费的5%向甲方提供服务费抵扣；可用率每再低0.5个百分点，另加抵扣5%，单月抵扣合计不超过当月订阅费的25%。

## 6 数据归属与数据安全

6.1 甲方及各门店在平台上录入、产生的病历、客户信息、宠物档案、影像、处方及经营数据（"甲方数据"）归甲方所有。

6.2 甲方同意，乙方可在对甲方数据进行脱敏和汇总处理后，将其用于宠物疾病流行趋势分析、行业研究报告、产品改进及智能辅助诊断模型训练；该等使用权在本合同终止后继续有效。

6.3 乙方应将甲方数据存储于中华人民共和国境内。平台应通过网络安全等级保护第三级备案和测评，数据传输及存储加密，按最小权限原则控制内部人员访问并留存访问日志，每日备份并异地保存。

6.4 发生数据泄露、丢失或被非法访问等安全事件的，乙方应在2小时内通知甲方，立即采取补救措施，并协助甲方履行对宠物主人的告知义务；因乙方原因造成的，乙方承担赔偿责任。

6.5 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在甲方书面确认后删除平台中的甲方数据。

## 7 知识产权

7.1 平台软件及其升级版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的检验设备接口、专用报表模板及数据迁移脚本，知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 8 保密

8.1 双方对在合作中获知的对方商业秘密、经营数据、客户信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。

## 9 续期与价格调整

9.1 服务期届满前30日内任何一方未书面提出不续约的，本合同自动续期一年，此后亦同。

9.2 每次续期时，乙方有权根据其届时的价格政策上调订阅费单价，单次上调幅度不超过8%，并应在续期前通知甲方。

## 10 违约责任

10.1 乙方未按第4.1条约定时间具备上线验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

10.2 乙方违反第6.3条、第6.4条约定的，除承担赔偿责任外，甲方有权解除合同。

10.3 乙方在本合同项下的累计赔偿责任以合同总价的二倍为限；因乙方故意、重大过失或数据安全事件造成的损失不受此限。

10.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

## 11 分包

11.1 未经甲方书面同意，乙方不得将实施服务或运维服务分包给第三方。平台使用附件二所列境内云服务商的基础设施，更换云服务商须经甲方书面同意。

## 12 合同解除

12.1 一方严重违约，经另一方书面通知后15日内仍未纠正的，守约方有权解除合同。

12.2 平台连续两个月可用率低于承诺值的，甲方有权解除合同，且无需承担违约责任。

## 13 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 14 其他

14.1 附件一《服务功能清单》、附件二《云服务商及数据存储说明》为本合同组成部分。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：杭州安宠动物医院管理有限公司　　　乙方（盖章）：云诊宠物科技（杭州）有限公司

授权代表：__________　　　授权代表：__________

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h162z04 — 山洪灾害监测预警平台 年度运维 (政府采购 竞争性磋商), .txt, 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H162Z04 = """青溪县山洪灾害监测预警系统2026年度运行维护服务合同

合同编号：QXSL-YW-2026-003
项目编号：QXCG-2026-CS-0042
采购方式：竞争性磋商

甲方（采购人）：青溪县水利局
地址：青溪县城关镇人民路21号

乙方（成交供应商）：澜汛信息技术有限公司
地址：青州市高新技术产业园区科创大道501号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目磋商文件、乙方响应文件和成交通知书，双方就青溪县山洪灾害监测预警系统2026年度运行维护服务达成如下协议。磋商文件、响应文件和成交通知书为本合同的组成部分。

第一条 服务范围

（一）乙方负责青溪县山洪灾害监测预警系统的年度运行维护，对象包括：自动雨量站126个、水位站38个、图像（视频）监测站22个、无线预警广播210个，以及县级山洪灾害监测预警平台（含监测数据汇集、预警信息发布、短信群发和视频会商模块）的软硬件。

（二）服务内容包括：汛前全面检修与率定；汛期值守与应急保障；日常巡检（每季度至少完成一次全部站点巡检）；设备故障维修；蓄电池、太阳能板等易损件更换（单件价值500元以下的由乙方承担）；平台软件补丁与安全加固；数据质量监控；按月提交运维报告。

（三）服务期限自2026年1月1日起至2026年12月31日止。期满后本合同终止，是否继续采购由甲方依法另行确定。

第二条 服务费用

（一）本合同总价为人民币伍拾贰万玖仟壹佰元整（¥529,100），为包干价。分项如下：
1. 自动雨量站运维：126个×¥1,150=¥144,900；
2. 水位站运维：38个×¥1,900=¥72,200；
3. 图像（视频）站运维：22个×¥2,600=¥57,200；
4. 无线预警广播运维：210个×¥480=¥100,800；
5. 平台软件运维及安全加固：¥96,000；
6. 汛期值守及应急保障：¥58,000。

（二）单件价值500元以上的更换部件，由乙方报价、甲方书面确认后另行结算，不计入包干价。

第三条 付款方式

（一）本合同不设预付款。

（二）服务费按季度支付。每季度结束后，甲方根据第六条季度考核结果，在收到乙方发票后15个工作日内支付当季服务费。每季度服务费为合同总价的四分之一，即¥132,275，按考核扣减后的金额结算。

（三）第四季度服务费在年度验收合格后支付。

第四条 服务要求

（一）汛前全面检修：乙方应于2026年4月15日前完成全部站点的汛前检修、雨量筒率定、水位计校测、预警广播试呼及平台预警发布流程演练，并提交汛前检修报告。

（二）汛期（5月1日至9月30日）乙方安排不少于3名技术人员驻县值守，非汛期安排不少于1名技术人员驻县。

（三）站点因故障缺报的，一般站点应在3日内恢复，汛期重点站点应在1日内恢复；预警广播应保证每月试呼一次，试呼失败的应在3日内修复。

（四）县级平台汛期月可用率不低于99.95%；预警短信须在平台触发后5分钟内发出。

（五）乙方应建立站点设备运维台账，逐站记录设备型号、安装位置、通信方式、电池更换时间及历次故障处理情况，每月随运维报告更新，并在年度验收时移交甲方。

（六）遇暴雨预警或上级防汛指挥机构启动应急响应时，乙方应在接到甲方通知后1小时内增派技术人员到岗，并按甲方要求对重点区域站点进行加密巡查，确保监测和预警设施正常运行。

第五条 故障响应

（一）一级故障（平台中断、预警发布功能失效，或5个以上站点同时离线）：30分钟内响应，汛期3小时内到达现场，10小时内恢复。

（二）二级故障（单站离线或单个预警广播失效）：2小时内响应，汛期1日内、非汛期3日内修复。

（三）三级故障（数据异常或一般性问题）：1个工作日内处理。

（四）响应或修复超时的，一级故障每超时1小时扣减服务费¥1,000，二级故障每超时1日扣减¥500；平台可用率每低于承诺值0.01个百分点扣减¥2,000。

第六条 考核与验收

（一）季度考核：甲方每季度依据运维报告、平台日志和现场抽查，按附件《运维考核细则》考核。得分90分以上的足额支付；80分至89分的，每低1分扣减当季服务费1%；低于80分的，甲方有权要求乙方限期整改。

（二）年度验收：服务期满后15日内，甲方组织年度验收。验收标准为：全年一级故障均按时恢复；汛前检修报告及各季度运维报告齐全；站点设备状态清单与现场一致；运维档案、配置资料和账号口令完整移交。年度验收合格的，甲方出具验收报告。

第七条 甲方义务

（一）甲方应向乙方提供站点清单、平台账号、设备技术资料及以往运维档案，并协调乡镇、村组为乙方进入站点提供便利。

（二）甲方应指定专人负责运维管理和考核，并对乙方提交的运维报告在10个工作日内予以确认或提出书面意见。

第八条 数据与安全

（一）监测数据、预警信息、平台日志及运维记录均属于甲方，乙方仅为履行本合同使用，不得向第三方提供，不得用于其他目的。

（二）平台部署于水利业务专网，乙方应遵守网络安全等级保护第三级的要求。远程运维须通过甲方堡垒机进行并留存审计日志，乙方不得私设外联通道或将数据拷贝带离。

（三）发生数据泄露、篡改或预警信息被非法发布等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任。

第九条 保密

乙方对履约中知悉的防汛预案、站点坐标、系统口令及未公开的水雨情信息负有保密义务，未经甲方书面同意不得对外披露。保密义务在合同终止后继续有效。

第十条 知识产权

乙方在运维过程中编制的运维文档、巡检记录、平台补丁及配置脚本，其知识产权和所有权归甲方，甲方可自由使用，并可交由后续运维单位使用和修改。

第十一条 分包

乙方可将偏远乡镇站点的日常巡检和蓄电池更换委托当地具备能力的单位实施，但应提前书面告知甲方受托单位名称及人员名单；乙方对受托单位的工作承担全部责任。

第十二条 违约责任

（一）乙方未按第四条第（一）项约定期限完成汛前全面检修的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

（二）因乙方运维不到位导致预警信息漏发、误发，造成人员伤亡或财产损失的，乙方依法承担赔偿责任。

（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

第十三条 合同解除

乙方严重违约，或连续两个季度考核得分低于80分，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并另行确定运维单位。

第十四条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向青溪县人民法院提起诉讼。

第十五条 其他

本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：青溪县水利局　　　　乙方（盖章）：澜汛信息技术有限公司
代表签字：__________　　　　代表签字：__________
日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h162z05 — 卤味食品 MES licence + custom development, supplier's own template, .md, ## 第X条 + X.Y — many problems
# ---------------------------------------------------------------------------------------------------------------
H162Z05 = """# 数智工坊食品MES软件许可及实施服务合同

**（乙方标准合同文本 SZGF-HT-V4.0）**

合同编号：SZGF-2026-0611

甲方（客户）：湘味源食品股份有限公司
住所：长沙市望城经济技术开发区金星北路1188号

乙方（供应商）：长沙数智工坊软件有限公司
住所：长沙市岳麓区麓谷大道627号

甲方从事卤味休闲食品的生产和销售，拟在其长沙工厂和岳阳工厂实施制造执行系统（MES）。乙方为食品行业MES软件的开发商。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"数智工坊食品MES V6"软件使用许可，并根据甲方需求进行定制开发和实施部署。许可模块包括：生产计划与工单、投料称重、卤制工艺执行、质量检验、批次追溯、仓储与冷链出库。许可范围为甲方长沙工厂及岳阳工厂，并发用户数150个。

1.2 定制开发内容包括：卤制配方与卤汤循环管理（老卤添加记录、卤汤使用寿命跟踪）；与卤煮锅、冷却隧道PLC的数据采集接口；金属探测机与自动称重设备对接；冷链温度追溯；与甲方用友U8 ERP系统的接口。具体需求以双方确认的《需求规格说明书》为准。

1.3 本合同所称"上线运行"，是指系统在甲方任一工厂的生产环境中开始录入或处理业务数据。

## 第二条 合同价款

2.1 合同价款如下：

| 项目 | 金额（元） |
|---|---|
| MES标准软件许可（150并发用户，两个工厂） | 460,000 |
| 定制开发 | 380,000 |
| 实施部署 | 96,000 |
| 培训 | 24,000 |
| 合计 | 960,000 |

2.2 上述价格不含服务器、网络设备及数据库许可，由甲方自行采购并满足乙方提出的配置要求。

2.3 甲方在《需求规格说明书》确认后提出的需求变更，按乙方人天单价¥2,200另行计费。

2.4 上述价格均含增值税。乙方在收到每期款项前向甲方开具相应金额的增值税专用发票。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥480,000。

3.2 系统上线运行后7个工作日内，甲方支付合同总价的50%，即¥480,000。

3.3 甲方逾期付款的，乙方有权暂停实施并顺延交付期限；甲方每逾期一日，按应付金额的千分之一向乙方支付违约金。

## 第四条 实施与交付

4.1 乙方应在收到首期款后120日内完成系统部署，具备上线条件。因甲方需求变更、现场条件不具备或设备接口资料提供不及时导致延误的，交付期限相应顺延。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之一向甲方支付违约金，违约金累计不超过合同总价的3%。

4.3 甲方应指定项目负责人，及时提供生产工艺资料、设备通讯协议及测试环境，并组织关键用户参与培训和上线。

4.4 实施阶段包括：需求调研与确认、系统安装部署、基础数据导入（物料、配方、工艺路线、设备档案）、接口开发与联调、用户培训、系统上线。各阶段的具体时间安排以《实施计划》为准。

4.5 乙方提供的培训包括系统管理员培训和关键用户培训各一次，每次不超过3天，培训地点为甲方长沙工厂。

## 第五条 验收

5.1 系统部署完成并上线运行的，即视为甲方验收合格。

5.2 甲方在系统上线后提出的功能完善意见，乙方在免费维护期内酌情处理，但不影响验收结论及付款。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复，需现场服务的，差旅费由甲方承担。

6.2 故障响应：一级故障（系统停止运行，影响生产）：乙方在8小时内响应；二级故障（部分功能异常）：在2个工作日内响应；其他问题：在后续版本中统一处理。

6.3 乙方远程技术支持的服务时间为工作日9:00至18:00，非服务时间提出的问题顺延至下一个工作日处理。

6.4 上述时限为乙方的服务目标。乙方不因未达到上述时限而承担任何扣款、赔偿或违约责任。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级服务，应与乙方签订年度维护合同，维护费按乙方届时公布的服务价格标准执行。

7.2 甲方未签订年度维护合同的，乙方不再提供任何技术支持，因此造成的系统问题由甲方自行承担。

## 第八条 知识产权

8.1 MES软件及其升级版本的全部知识产权归乙方所有。

8.2 乙方在本合同项下完成的定制开发成果（包括源代码、配方管理模型、设备接口程序及相关文档）的知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，未经乙方书面许可，不得修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中产生的生产、配方、质量及追溯数据归甲方所有。

9.2 甲方同意，乙方可对上述数据进行脱敏处理后，用于产品优化、食品行业解决方案研究及案例展示。

9.3 系统部署于甲方服务器。乙方远程维护须经甲方授权，通过加密通道访问，并遵守甲方信息安全管理制度；乙方人员不得私自复制甲方数据。因乙方过错导致甲方数据丢失、损毁或被非法获取的，乙方应及时通知甲方，采取补救措施，并在第十一条约定的限额内承担赔偿责任。

## 第十条 保密

10.1 双方对在履行本合同过程中知悉的对方技术秘密和商业秘密（包括甲方的卤料配方和工艺参数）负有保密义务，未经对方书面同意不得向第三方披露。

10.2 保密期限为本合同终止后两年。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过本合同约定的软件许可费金额，即¥460,000。

11.2 在任何情况下，乙方均不承担间接损失、利润损失、停产损失或产品召回损失。

## 第十二条 不可抗力

12.1 因地震、洪水、疫情等不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。

## 第十三条 合同解除

13.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除合同。

13.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。

## 第十五条 其他

15.1 本合同附件《需求规格说明书》《实施计划》为本合同组成部分。

15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：湘味源食品股份有限公司　　　乙方（盖章）：长沙数智工坊软件有限公司

授权代表：__________　　　授权代表：__________

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h162e01 — colour-grading software perpetual licence + configuration + support, Irish vendor, .md, "Clause N"
# ---------------------------------------------------------------------------------------------------------------
H162E01 = """# SOFTWARE LICENCE AND SERVICES AGREEMENT

**Agreement reference:** KCS/FS/2026/014

**THIS AGREEMENT** is made on the ____ day of ____________ 2026

**BETWEEN:**

(1) **KEERAGH COLOUR SYSTEMS LIMITED**, a private company limited by shares incorporated in Ireland (company number 614237), whose registered office is at The Old Schoolhouse, Inishkeeragh, Arranmore, Co. Donegal, Ireland (the **"Licensor"**); and

(2) **FOSHAN HUAYAO CERAMICS CO., LTD.**, a company established under the laws of the People's Republic of China, whose registered office is at No. 18 Taoci Avenue, Nanzhuang Town, Chancheng District, Foshan, Guangdong Province (the **"Licensee"**).

**BACKGROUND:**

(A) The Licensor develops and licenses ShadeMatch, a machine-vision software system for the colour and shade grading of glazed porcelain and ceramic tiles.

(B) The Licensee operates six sorting lines at its Nanzhuang plant and wishes to acquire a perpetual licence of ShadeMatch, together with configuration, calibration, training and support services, on the terms of this Agreement.

(C) At the Licensee's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).

**IT IS AGREED** as follows:

## Clause 1 Definitions

1.1 In this Agreement:

- **"Acceptance"** means the issue of an Acceptance Certificate under Clause 5;
- **"Business Day"** means a working day in the People's Republic of China;
- **"Configuration Deliverables"** means the shade libraries, grading rules, calibration profiles, report templates and the ERP interface developed by the Licensor for the Licensee under this Agreement, in source and editable form;
- **"Contract Price"** means the total price stated in Clause 3.1;
- **"Licensee Data"** means all tile images, colour measurements, grading results, production records and other data generated or processed by the Software at the Site;
- **"Software"** means ShadeMatch version 5 in object code, its documentation and any updates supplied under this Agreement;
- **"Warranty Period"** has the meaning given in Clause 6.1.

## Clause 2 Licence

2.1 The Licensor grants to the Licensee a non-exclusive, perpetual and irrevocable licence to install and use the Software on six sorting lines and one central shade-library server at the Licensee's Nanzhuang plant (the **"Site"**) for the internal business purposes of the Licensee and its affiliates, and to make copies for back-up and testing.

## Clause 3 Price and Payment

3.1 The Contract Price is CNY 1,288,000, made up as follows:

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| ShadeMatch line licence (perpetual) | 6 | 148,000 | 888,000 |
| Shade-library server licence (perpetual) | 1 | 126,000 | 126,000 |
| **Licence Fee subtotal** | | | **1,014,000** |
| Configuration and calibration services (fixed price) | 1 | 236,000 | 236,000 |
| Training (two on-site sessions) | 1 | 38,000 | 38,000 |
| **Contract Price** | | | **1,288,000** |

3.2 The Contract Price is inclusive of value added tax and is fixed for the duration of this Agreement.

3.3 The Licensee shall pay the Contract Price as follows:

(a) 20% of the Contract Price (CNY 257,600) within thirty days after signature of this Agreement;

(b) 55% of the Contract Price (CNY 708,400) within thirty days after installation of the Software on all six sorting lines; and

(c) 25% of the Contract Price (CNY 322,000) within thirty days after Acceptance.

## Clause 4 Installation and Configuration

4.1 The Licensor shall install the Software at the Site within sixty days after the date of this Agreement, and shall complete the configuration and calibration services and give notice of readiness for the Acceptance Tests within one hundred and twenty days after that date.

4.2 The Licensee shall make available the line cameras, lighting hoods and industrial computers listed in Schedule 2.

4.3 If the Licensor fails to give notice of readiness by the date in Clause 4.1 for reasons attributable to it, the Licensor shall pay to the Licensee liquidated damages of CNY 1,100 for each day of delay, up to a maximum of 8% of the Contract Price. The parties agree that this sum is a genuine pre-estimate of the Licensee's loss.

## Clause 5 Acceptance

5.1 Following notice of readiness, the parties shall carry out the Acceptance Tests set out in Schedule 3, which shall demonstrate that:

(a) on a test set of not fewer than 2,000 tiles graded by the Licensee's senior graders, the Software assigns the same shade class to at least 985 tiles in every 1,000;

(b) each line grades at its maximum speed of 38 tiles per minute without missed tiles;

(c) repeated measurements of the Licensee's reference tiles vary by no more than 0.3 delta E;

(d) grading results are transferred to the Licensee's ERP system for every pallet; and

(e) the Software runs for ten consecutive production days without a Severity 1 fault.

5.2 If the tests are passed, the Licensee shall issue an Acceptance Certificate within ten Business Days. If they are failed, the Licensee shall give written reasons, the Licensor shall remedy the defects at its own cost and the failed tests shall be repeated.

5.3 Installation, use of the Software in production or any payment shall not constitute Acceptance.

## Clause 6 Warranty

6.1 The Licensor warrants that for a period of ninety (90) days from Acceptance (the **"Warranty Period"**) the Software will perform materially in accordance with its documentation and the Acceptance criteria. The Licensor shall correct any non-conformity notified during the Warranty Period free of charge.

6.2 Save as expressly set out in this Agreement, all warranties and conditions implied by statute or common law, including those implied by the Sale of Goods Acts 1893 and 1980, are excluded to the fullest extent permitted by law.

## Clause 7 Support Services

7.1 During the Warranty Period the Licensor shall provide support services free of charge.

7.2 After the Warranty Period, the Licensee may purchase annual support services by placing an order for each support year. The support fee shall be charged at the Licensor's standard support rates in force at the start of each support year, as set out in its price list, which the Licensor may revise from time to time. Support is invoiced annually and does not renew automatically.

7.3 While support services are provided, the following service levels apply:

(a) Severity 1 (grading stopped on a line, or wrong shade classes released to packing): response within 1 hour at any time, workaround within 8 hours;

(b) Severity 2 (degraded grading accuracy or a failed interface): response within 3 hours, fix within 3 Business Days;

(c) Severity 3 (other faults and questions): response by the next Business Day.

7.4 For each hour or part of an hour by which a Severity 1 response or workaround is late, the Licensor shall pay or credit to the Licensee CNY 1,000.

## Clause 8 Intellectual Property

8.1 The Licensor retains all intellectual property rights in the Software and its documentation.

8.2 All intellectual property rights in the Configuration Deliverables shall vest in the Licensee on creation, and the Licensor hereby assigns them to the Licensee with full title guarantee. The Licensee may use, modify and license the Configuration Deliverables freely. The Licensor shall deliver them in source and editable form on Acceptance.

## Clause 9 Licensee Data and Data Security

9.1 All Licensee Data belongs to the Licensee. The Licensor shall process Licensee Data only to perform this Agreement and on the Licensee's written instructions, and shall not use it for any other purpose.

9.2 The Software runs on the Licensee's servers at the Site. Remote access by the Licensor is permitted only through the Licensee's VPN with multi-factor authentication and approval for each session, and all sessions are logged. The Licensor shall not copy Licensee Data outside the Licensee's systems except with the Licensee's written consent for a specific fault analysis, after which the copy shall be deleted.

9.3 The Licensor shall comply with the PRC Data Security Law and Personal Information Protection Law, shall notify the Licensee of any security incident affecting Licensee Data within 12 hours of becoming aware of it, shall cooperate in its remediation and shall be liable for any loss caused by its breach of this Clause 9.

## Clause 10 Confidentiality

10.1 Each party shall keep confidential all information of the other party disclosed under this Agreement, including the Licensee's glaze formulations, production volumes and customer lists, and shall not disclose it to any third party without the other party's prior written consent, for five years after termination.

## Clause 11 Limitation of Liability

11.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clauses 9 or 10.

11.2 Subject to Clause 11.1, each party's total aggregate liability under or in connection with this Agreement shall not exceed 150% of the Contract Price.

11.3 Neither party shall be liable for any indirect or consequential loss.

## Clause 12 Subcontracting

12.1 The Licensor shall not subcontract any of its obligations without the prior written consent of the Licensee and shall remain responsible for any approved subcontractor.

## Clause 13 Term and Termination

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within thirty days after written notice requiring it to be remedied, or if the other party becomes insolvent.

13.2 If the Licensee terminates before Acceptance because of the Licensor's breach, the Licensor shall refund all sums paid.

## Clause 14 Governing Law and Jurisdiction

14.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.

14.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

## Clause 15 General

15.1 This Agreement, with its Schedules, is the entire agreement between the parties. It is executed in English; any Chinese translation is for convenience only.

**Schedule 1** Software description. **Schedule 2** Licensee equipment. **Schedule 3** Acceptance Tests.

**SIGNED** for and on behalf of KEERAGH COLOUR SYSTEMS LIMITED by ______________________, Director

**SIGNED** for and on behalf of FOSHAN HUAYAO CERAMICS CO., LTD. by ______________________, Authorised Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h162e02 — river-cruise ticketing SaaS, Order Form + General Terms, German vendor, .pdf, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H162E02 = """
T:ORDER FORM No. ST-2026-0419 - SeaPass Cloud Ticketing
P:Provider: Scharhörn Ticketing GmbH, Scharhörn 1, 27499 Hamburg, Germany. Register court: Amtsgericht Hamburg, HRB 171 406. Managing Directors: Jan-Hendrik Oltmanns, Wiebke Carstens.
P:Customer: Guilin Jingxiu Lijiang Cruise Co., Ltd., No. 66 Binjiang Road, Xiufeng District, Guilin, Guangxi Zhuang Autonomous Region, People's Republic of China.
H:Part A - Order Form
P:A 1 Services. The Provider provides its SeaPass cloud ticketing platform (the "Platform") as a subscription service: online booking through a WeChat mini-program and a web shop, real-name ticketing with passenger identity check, seat inventory for the Customer's 14 cruise vessels, QR boarding control at the Zhujiang and Mopanshan piers, a portal for approximately 60 contracted travel agencies, refunds and changes, daily settlement and management reporting. The set-up services comprise configuration of routes, fares, vessels and seat maps, the interface to the Customer's Kingdee ERP, connection of 18 gate scanners, data import and training.
P:A 2 Subscription Term. 36 months from the Service Start Date, being the day after Go-Live Acceptance under § 2 of the General Terms.
P:A 3 Fees (in CNY, at the Customer's request, inclusive of VAT):
P:Platform subscription: CNY 264,000 per Contract Year x 3 Contract Years = CNY 792,000
P:Set-up and configuration (one-time): CNY 58,000
P:Total Contract Value: CNY 850,000
P:Payment-gateway charges are invoiced to the Customer directly by its payment service providers and are not part of this Order Form.
P:A 4 Invoicing. The set-up fee and the subscription fee for the first Contract Year (together CNY 322,000) are invoiced on signature of this Order Form and are payable within 14 days, and in any event before the Service Start Date. The subscription fees for the second and third Contract Years are invoiced at the start of each Contract Year and are payable within 30 days.
P:A 5 Go-Live target date: 75 days after signature of this Order Form, so that the Platform is live before the spring season.
P:A 6 Contract documents. This Order Form, the General Terms below (Part B), Annex 1 (Service Description), Annex 2 (Acceptance Criteria) and Annex 3 (Approved Subcontractors) form the contract. In the event of conflict, this Order Form prevails over the General Terms.
H:Part B - General Terms for SeaPass Subscriptions (Version 2026-01)
H:§ 1 Scope
P:(1) These General Terms apply to all subscriptions and set-up services of the Provider under an Order Form.
P:(2) General terms and conditions of the Customer do not apply, even if the Provider does not expressly object to them.
H:§ 2 Set-up and Go-Live Acceptance
P:(1) The Provider shall carry out the set-up services described in the Order Form and Annex 1 and shall notify the Customer in writing when the Platform is ready for acceptance testing.
P:(2) The Customer shall test the Platform within 10 working days after notification against the criteria in Annex 2, in particular: (a) booking, payment, refund, change and boarding complete end to end on all routes and ticket types; (b) real-name verification works through the Customer's licensed identity-check channel; (c) 500 concurrent bookings are processed with a page response time of not more than 3 seconds; (d) settlement reports reconcile with the statements of the payment service providers to the fen on seven consecutive days of pilot operation.
P:(3) When the criteria are met, the Customer declares Go-Live Acceptance in writing. Live sales during the pilot operation do not constitute acceptance. Defects identified in testing shall be remedied by the Provider without delay and the affected tests repeated.
P:(4) If Go-Live Acceptance is not achieved by the target date in the Order Form for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty of 0.12% of the Total Contract Value for each calendar day of delay, up to a maximum of 6% of the Total Contract Value. Further claims for damages remain unaffected; the penalty is credited against them.
H:§ 3 Service Levels
P:(1) The Platform is available 99.95% of the time in each calendar month, measured at the Provider's internet hand-over point. Scheduled maintenance announced three days in advance and carried out between 01:00 and 05:00 Beijing time is not counted as downtime.
P:(2) Incidents are classified and handled as follows: Priority 1 (booking or boarding impossible on one or more routes): response within 30 minutes, round the clock, restoration target 3 hours; Priority 2 (material functions impaired, for example the agency portal or refunds): response within 2 hours, restoration target one working day; Priority 3 (other faults and questions): response by the next working day.
P:(3) The service levels in this § 3 are performance targets. A failure to meet them does not entitle the Customer to service credits, fee reductions or damages. The Customer's remedy for a repeated failure is termination for good cause under § 11 (2).
H:§ 4 Customer Data and Data Protection
P:(1) All data that the Customer or its passengers and agencies enter into the Platform, in particular passenger names, identity document numbers, telephone numbers, bookings and payment records ("Customer Data"), remains the property of the Customer. The Provider processes Customer Data only on behalf of the Customer and only to provide the services under this contract; any other use, including analysis for the Provider's own purposes or for third parties, is excluded.
P:(2) The Platform and all Customer Data are hosted exclusively in mainland China, in the Shenzhen region of the cloud provider named in Annex 3, operated by the Provider's subsidiary Scharhörn Ticketing (Shenzhen) Co., Ltd. under its filing for Multi-Level Protection Scheme level 3. No Customer Data is transferred outside mainland China.
P:(3) The Provider maintains appropriate technical and organisational measures, including encryption in transit and at rest, multi-factor authentication for administrative access, role-based access rights, logging of all access to Customer Data with retention of the logs for six months, and an annual penetration test by an independent tester.
P:(4) The Provider shall notify the Customer of any security incident affecting Customer Data without undue delay and in any event within 6 hours, shall support the Customer in meeting its obligations towards passengers and authorities, and shall bear the costs and damages resulting from a breach of this § 4 for which it is responsible.
P:(5) On termination, the Provider shall hand over the Customer Data in a common machine-readable format within 30 days and shall then delete it, and confirm the deletion in writing.
H:§ 5 Rights in Work Results
P:(1) All rights in the Platform remain with the Provider. For the Subscription Term, the Customer receives a non-exclusive, non-transferable right to use the Platform for its own business.
P:(2) All rights in the customer-specific work results created in the set-up services, namely the fare and route tables, the seat maps, the ERP interface adapter and the customer-specific reports, are transferred to the Customer to the extent legally transferable; in addition the Customer receives an exclusive, irrevocable, perpetual and transferable right to use, modify and sub-license them, also through third parties. The Provider hands them over in editable form on termination.
H:§ 6 Fees and Payment
P:(1) The fees are stated in the Order Form and are fixed for the Subscription Term.
P:(2) Invoices are payable within the periods stated in the Order Form. In case of late payment the Provider may charge default interest of 0.03% of the overdue amount per day.
H:§ 7 Confidentiality
P:(1) Each party shall treat as confidential all information of the other party that is marked as confidential or is confidential by its nature, shall use it only for the purposes of this contract and shall not disclose it to third parties. This obligation survives the end of the contract by three years.
H:§ 8 Subcontractors
P:(1) The Provider may engage the subcontractors listed in Annex 3. Any further subcontractor or the replacement of a listed subcontractor requires the prior written consent of the Customer. The Provider remains responsible for its subcontractors as for its own performance.
H:§ 9 Liability
P:(1) The Provider is liable without limitation for intent and gross negligence and for injury to life, body or health.
P:(2) In cases of slight negligence the Provider is liable only for the breach of an essential contractual obligation, the fulfilment of which makes the proper performance of the contract possible in the first place and on which the Customer may regularly rely, and only for the foreseeable damage typical for the contract.
P:(3) Save in the cases of paragraph (1), the total liability of the Provider under or in connection with this contract, for all claims together, including contractual penalties, is limited to CNY 300,000.
H:§ 10 Term
P:(1) The contract runs for the Subscription Term stated in the Order Form and ends on its expiry without notice being required. An extension requires a written agreement of the parties.
P:(2) Ordinary termination during the Subscription Term is excluded.
H:§ 11 Termination for Good Cause
P:(1) The right of either party to terminate the contract for good cause without notice remains unaffected.
P:(2) Good cause for the Customer exists in particular if the Provider commits a material breach of contract and does not remedy it within 30 days after written notice, or if the availability under § 3 (1) is not met in three consecutive calendar months.
P:(3) Termination must be in writing.
H:§ 12 Final Provisions
P:(1) This contract is governed by the laws of the People's Republic of China.
P:(2) All disputes arising out of or in connection with this contract are finally settled by the Guilin Arbitration Commission in Guilin in accordance with its rules.
P:(3) Amendments and supplements to this contract must be in writing.
P:(4) Should any provision of this contract be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision by a valid provision that comes closest to its economic purpose.
P:(5) This contract is made in English. A Chinese translation is for information only.
P:Hamburg / Guilin, ______________ 2026
P:For Scharhörn Ticketing GmbH: ______________________ (Managing Director)
P:For Guilin Jingxiu Lijiang Cruise Co., Ltd.: ______________________ (Authorised Representative)
"""

# ---------------------------------------------------------------------------------------------------------------
# h162e03 — water-quality sensors + maintenance for a shrimp hatchery, French integrator, buyer's paper, .docx,
#           "ARTICLE N - TITLE" + N.1, Word price table and fault table — compliant
# ---------------------------------------------------------------------------------------------------------------
H162E03 = """
T:Supply, Installation and Maintenance Contract for Hatchery Water-Quality Monitoring
P:Contract No.: ZJHW-EQ-2026-07
P:The Buyer: Zhanjiang Haiwan Aquatic Seedling Co., Ltd., a company established in the People's Republic of China, with its registered address at No. 3 Donghai Dadao, Donghai Island, Zhanjiang, Guangdong Province (the "Buyer").
P:The Supplier: Renote Aquasense SAS, a société par actions simplifiée registered with the Trade and Companies Register of Saint-Brieuc under number 912 345 678, with its registered office at Île Renote, 22730 Trégastel, France, represented by its Président, Mr Yann Le Goff (the "Supplier").
P:The Buyer operates twelve larval-rearing halls and four broodstock and algae halls for Pacific white shrimp (Litopenaeus vannamei) post-larvae at Donghai Island. Following its invitation to bid of 12 January 2026, the Buyer has selected the Supplier to supply, install and maintain an online water-quality monitoring system. This Contract is made on the Buyer's standard terms. Prices are stated in Chinese Renminbi (CNY) at the Buyer's request.
H:ARTICLE 1 - SCOPE
P:1.1 The Supplier shall supply, install, configure, calibrate and commission an online water-quality monitoring system for the sixteen halls (the "System"), consisting of multi-parameter probes (dissolved oxygen, pH, temperature, salinity and ORP), data loggers with LoRa gateways, hall alarm units, the AquaView monitoring software under a perpetual licence, spare sensor heads and a calibration kit, and shall train the Buyer's staff.
P:1.2 The System shall measure every parameter at intervals of not more than one minute, show live values and trends for every tank, raise local and SMS alarms when thresholds set by the Buyer are crossed, and store all readings on the Buyer's server for not less than five years.
H:ARTICLE 2 - CONTRACT PRICE
P:2.1 The Contract Price is CNY 1,828,000, inclusive of VAT, transport to the Buyer's site, insurance, installation, commissioning, training and all services during the Warranty Period. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter probe (DO, pH, temperature, salinity, ORP)|64|18,500|1,184,000
TB:2|Data logger with LoRa gateway|16|12,800|204,800
TB:3|Hall alarm unit (siren, beacon, SMS module)|16|3,400|54,400
TB:4|Spare sensor heads and calibration kit|1 lot|46,800|46,800
TB:5|AquaView monitoring software, perpetual licence|1|168,000|168,000
TB:-|Hardware and Licence Subtotal|-|-|1,658,000
TB:6|Installation, cabling and calibration|1|142,000|142,000
TB:7|Training|1|28,000|28,000
TB:-|Contract Price|-|-|1,828,000
P:2.2 The Contract Price is fixed and not subject to adjustment for exchange-rate movements or any other reason.
H:ARTICLE 3 - PAYMENT
P:3.1 10% of the Contract Price (CNY 182,800) within 20 days after signature, against an advance-payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 1,005,400) within 20 days after the Installation Certificate is signed for all sixteen halls. The Installation Certificate confirms completion of installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 639,800) within 20 days after the Final Acceptance Certificate is signed.
P:3.4 The Supplier shall issue a valid VAT invoice before each payment.
H:ARTICLE 4 - DELIVERY AND INSTALLATION
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within 70 days after signature and complete installation in all halls within 30 days after delivery. Installation shall be scheduled between production cycles so that no tank holding larvae is disturbed.
P:4.2 If the Supplier fails to complete delivery or installation on time for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate the Contract.
H:ARTICLE 5 - ACCEPTANCE
P:5.1 After installation the System shall run in production for 30 consecutive days. Final Acceptance requires that: (a) dissolved-oxygen readings agree with the Buyer's calibrated laboratory meter within 0.2 mg/L, pH within 0.1 and salinity within 0.5 on weekly comparison samples from every hall; (b) no data gap longer than ten minutes occurs on any probe; (c) every alarm is received at the hall unit and by SMS within 60 seconds in a test of each hall; (d) readings are stored and exported correctly on the Buyer's server; and (e) all documentation, passwords and the calibration procedure have been handed over.
P:5.2 If the criteria are met, the Buyer signs the Final Acceptance Certificate within 7 days. Otherwise the Supplier shall correct the defects within 15 days at its own cost and the test shall be repeated. Installation, trial operation or use of the System in production does not constitute acceptance.
H:ARTICLE 6 - WARRANTY
P:6.1 The warranty period is 24 months from the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace, free of charge, any equipment or software that is defective or fails to meet the specifications, including probes damaged by normal exposure to seawater, and shall perform a full calibration every quarter.
H:ARTICLE 7 - MAINTENANCE AFTER THE WARRANTY PERIOD
P:7.1 After the Warranty Period, the Buyer may order annual maintenance covering quarterly calibration, replacement of faulty parts, software updates and the service levels in Article 8.
P:7.2 The annual maintenance fee is 8.5% of the Hardware and Licence Subtotal, i.e. CNY 140,930 per year, fixed for the first three years after the Warranty Period. Any later change requires a written agreement of both parties and shall not exceed 3% per year. Maintenance is ordered year by year and does not renew automatically.
H:ARTICLE 8 - SERVICE LEVELS
P:8.1 During the Warranty Period and any maintenance year, the Supplier shall handle faults as follows:
TB:Fault level|Definition|Response|On site|Restoration
TB:Critical|Loss of dissolved-oxygen monitoring or alarms in any hall|30 minutes|6 hours|8 hours
TB:Major|Loss of one parameter or one probe in a hall|2 hours|next day|2 days
TB:Minor|Other faults and questions|next working day|as agreed|5 working days
P:8.2 For each hour by which a Critical response, on-site arrival or restoration is late, the Supplier shall pay the Buyer CNY 1,200; for each day by which a Major fault is late, CNY 600. The Buyer may deduct these amounts from any sum due.
P:8.3 The Supplier shall keep a stock of spare probes in Zhanjiang sufficient to replace any two probes at once.
H:ARTICLE 9 - DATA AND SECURITY
P:9.1 All data generated by the System, including water-quality readings, alarms, tank and production records ("Buyer Data"), belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not retain, copy, disclose or otherwise use it.
P:9.2 The System operates on the Buyer's local network and server. Remote access by the Supplier is permitted only through the Buyer's VPN after approval of each session by the Buyer's IT department, and every session is logged. The Supplier shall keep its tools free of malware and shall not connect any device to the Buyer's network without approval.
P:9.3 The Supplier shall notify the Buyer of any security incident affecting the System or Buyer Data within 12 hours, take immediate remedial action and compensate the Buyer for all losses caused by its breach of this Article.
H:ARTICLE 10 - INTELLECTUAL PROPERTY
P:10.1 The configuration, tank maps, alarm logic, dashboards and reports prepared for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties freely. The Supplier retains its rights in the AquaView software, which is licensed to the Buyer perpetually, and warrants that the System does not infringe any third-party rights.
H:ARTICLE 11 - CONFIDENTIALITY
P:11.1 The Supplier shall keep confidential all information about the Buyer's breeding lines, stocking densities, production figures and facilities obtained under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of the Contract.
H:ARTICLE 12 - SUBCONTRACTING
P:12.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent and remains fully responsible for any subcontractor so approved.
H:ARTICLE 13 - TERMINATION
P:13.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, and may claim damages.
P:13.2 Either party may terminate the Contract if force majeure prevents performance for more than 60 days.
H:ARTICLE 14 - GOVERNING LAW AND DISPUTES
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang; the award is final and binding on both parties.
H:ARTICLE 15 - MISCELLANEOUS
P:15.1 This Contract is made in English and Chinese; both versions are equally authentic. It takes effect on signature by both parties.
P:For the Buyer: ______________________ (seal)        For the Supplier: ______________________
P:Date: ____________ 2026
"""

# ---------------------------------------------------------------------------------------------------------------
# h162e04 — managed IT + desktop support for a game studio, Scottish provider, .txt, "N. HEADING" — one low finding
# ---------------------------------------------------------------------------------------------------------------
H162E04 = """MANAGED IT SERVICES AGREEMENT

between

KENNETH ISLE MANAGED SERVICES LIMITED, incorporated in Scotland (Company Number SC712946) and having its Registered Office at The Steading, Inch Kenneth, Isle of Mull, Argyll PA73 6LN, acting through its registered branch office at Tianfu Software Park, Chengdu (the "Provider")

and

CHENGDU FURONG PIXEL INTERACTIVE ENTERTAINMENT CO., LTD., a company established in the People's Republic of China and having its registered office at Building C7, Tianfu Software Park, High-tech Zone, Chengdu, Sichuan Province (the "Customer")

WHEREAS the Customer develops console and PC games in its Chengdu studio and wishes to outsource the support of its end-user computing, servers and network; and the Provider has agreed to provide those services on the terms set out below; and the parties have agreed, at the Customer's request, that all charges are stated and paid in Chinese Renminbi (CNY).

NOW THEREFORE the parties agree as follows:

1. DEFINITIONS

1.1 In this Agreement: "Business Day" means a working day in Chengdu; "Core Infrastructure" means the studio network core, firewalls, Wi-Fi, the Perforce version-control servers, the build farm and the file servers; "Customer Data" means all data of the Customer or its personnel that the Provider accesses in performing the Services, including source code, game assets, builds, credentials and personal information of employees; "Monthly Charge" means the charge set out in Clause 6.1; "Service Commencement Date" means the day after Transition Acceptance; "Services" means the services described in Clause 3 and Schedule 1; "Transition Acceptance" has the meaning given in Clause 4.3.

2. COMMENCEMENT AND TERM

2.1 This Agreement commences on the date of its execution and, unless terminated earlier, continues for 24 months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by written agreement of the parties. This Agreement does not renew automatically.

3. THE SERVICES

3.1 The Provider shall provide: (a) a bilingual (Mandarin and English) service desk by telephone, chat and portal from 08:00 to 22:00 on every day, and an on-call engineer outside those hours for Priority 1 incidents; (b) desktop support for 320 seats, including high-specification development workstations, artists' workstations with graphics tablets, laptops and console development kits; (c) install, move, add and change requests; (d) management, monitoring, patching and back-up of the Core Infrastructure; (e) endpoint security, including anti-malware and device encryption; and (f) monthly service reports and a quarterly service review.

3.2 Two on-site engineers shall be present at the Customer's studio during studio working hours, with additional engineers during milestone and release periods notified by the Customer at least ten Business Days in advance.

4. TRANSITION

4.1 The Provider shall carry out the transition in accordance with the Transition Plan in Schedule 2 and shall complete it within 60 days after execution of this Agreement (the "Transition Date").

4.2 Transition shall be complete when: (a) the asset inventory of all seats and Core Infrastructure is reconciled with the Customer's records; (b) all 320 seats are enrolled in the Provider's endpoint-management tool; (c) the runbooks for the Core Infrastructure are approved by the Customer; (d) a test restore of the Perforce depot and of one file server has succeeded; and (e) a parallel run of ten Business Days has been completed without any missed Priority 1 response.

4.3 The Customer shall confirm in writing within five Business Days whether the criteria in Clause 4.2 are met ("Transition Acceptance"). The start of live service by the Provider does not of itself constitute Transition Acceptance.

4.4 If Transition Acceptance is not achieved by the Transition Date for reasons attributable to the Provider, the Provider shall pay to the Customer CNY 1,500 for each day of delay, which the parties agree is a genuine pre-estimate of the Customer's loss.

5. SERVICE LEVELS

5.1 Incidents shall be prioritised and handled as follows:
   Priority 1 - studio-wide outage, loss of the Core Infrastructure, or twenty or more users unable to work: response within 15 minutes, resolution within 6 hours;
   Priority 2 - a team or a build pipeline impaired, or a development workstation down: response within 30 minutes, resolution within 8 hours;
   Priority 3 - a single user affected with a workaround available: response within 2 hours, resolution within 3 Business Days;
   Priority 4 - requests and questions: response within one Business Day.

5.2 The Core Infrastructure shall be available 99.95% of the time in each calendar month, excluding maintenance windows agreed with the Customer.

5.3 If a service level in Clause 5.1 or 5.2 is missed in any month, the Provider shall credit to the Customer: 5% of the Monthly Charge for each Priority 1 incident whose response or resolution is late; and 2% of the Monthly Charge for each 0.1 percentage point, or part of it, by which availability falls short of the target. Service credits in any month shall not exceed 20% of the Monthly Charge and are without prejudice to the Customer's other rights.

6. CHARGES AND PAYMENT

6.1 The Monthly Charge is CNY 75,160, made up of CNY 53,760 for desktop support (320 seats at CNY 168 per seat) and CNY 21,400 for the management of the Core Infrastructure. Over the Term the Monthly Charges amount to CNY 1,803,840.

6.2 The one-time Transition Charge is CNY 64,000 and is invoiced on Transition Acceptance.

6.3 The Total Contract Value is therefore CNY 1,867,840. The charges are fixed for the Term. Additional seats are charged at CNY 168 per seat per month.

6.4 The Monthly Charge is invoiced monthly in arrears. Invoices are payable within 30 days. No amount is payable in advance.

7. CUSTOMER DATA AND SECURITY

7.1 All Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and in accordance with the Customer's instructions, and shall not copy, retain or use it for any other purpose.

7.2 The Provider shall maintain ISO/IEC 27001 certification for the Services; shall ensure that its personnel are vetted, bound by confidentiality undertakings and access Customer Data only with individual accounts, multi-factor authentication and logging; and shall not remove source code, game assets or builds from the Customer's premises or systems by any means.

7.3 The Provider shall notify the Customer of any actual or suspected security incident within 2 hours of becoming aware of it, shall cooperate fully in its investigation and remediation, and shall be liable for all losses caused by a breach of this Clause 7.

7.4 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in the performance of the Services.

8. INTELLECTUAL PROPERTY

8.1 All runbooks, scripts, configurations, documentation and reports created by the Provider specifically for the Customer shall belong to the Customer on creation, and the Customer may use, modify and license them freely, including to a successor provider.

8.2 The Provider's pre-existing tools remain its property; the Provider grants the Customer a licence to use them for so long as they are needed for the Services and for exit.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all information disclosed by the other, including unreleased game titles, designs, source code and commercial terms, and shall not disclose it to any third party without prior written consent. This obligation survives termination for five years, and indefinitely for source code and unreleased game content.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Services without the prior written consent of the Customer. The Provider remains responsible for the acts and omissions of any approved subcontractor as for its own.

11. LIABILITY

11.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by its negligence, for fraud, or for breach of Clauses 7 or 9.

11.2 Subject to Clause 11.1, the total liability of the Provider arising out of or in connection with this Agreement shall not exceed 150% of the Total Contract Value.

11.3 Neither party shall be liable for indirect or consequential loss.

12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach which is not remedied within 30 days after written notice, or if Priority 1 service levels are missed in three consecutive months.

12.2 Either party may terminate this Agreement by written notice if the other becomes insolvent.

13. EXIT

13.1 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all Customer Data, documentation and credentials, and cooperate with any successor provider.

14. GOVERNING LAW AND JURISDICTION

14.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

14.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

15. GENERAL

15.1 This Agreement, with its Schedules, constitutes the entire agreement between the parties. Any variation must be in writing and signed by both parties.

15.2 Notices shall be in writing and sent to the addresses stated above.

Schedule 1: Service Description. Schedule 2: Transition Plan. Schedule 3: Exit Assistance Rates.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:

Subscribed for and on behalf of KENNETH ISLE MANAGED SERVICES LIMITED
at ______________ on ______________ 2026
by ______________________ Director
before this witness ______________________ (full name and address)

Subscribed for and on behalf of CHENGDU FURONG PIXEL INTERACTIVE ENTERTAINMENT CO., LTD.
at ______________ on ______________ 2026
by ______________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h162e05 — customs e-declaration API subscription + integration, Italian vendor, .txt, "Art. N (title)"
# ---------------------------------------------------------------------------------------------------------------
H162E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
DoganaLink Customs Declaration API

Ref. DD/2026/CN-031

BETWEEN

DOGANA DIGITALE S.r.l., with registered office at Via Guglielmi 12, Isola Maggiore, 06069 Tuoro sul Trasimeno (PG), Italy, VAT number IT03721480547, registered with the Register of Companies of Umbria under REA number PG-318877, in the person of its Sole Director, Ms Chiara Bellucci (hereinafter the "Supplier"),

AND

YANTAI PENGLAI COAST WINE EXPORT CO., LTD., with registered office at No. 28 Haibin Road, Penglai District, Yantai, Shandong Province, People's Republic of China, in the person of its legal representative, Mr Sun Haoran (hereinafter the "Client"),

(each a "Party" and together the "Parties").

WHEREAS

a) the Supplier has developed and operates DoganaLink, an application programming interface (API) service that validates export declaration data, prepares and submits export declarations and certificates of origin, and tracks their status;

b) the Client exports bottled and bulk wine from Yantai to more than twenty countries and wishes to connect its ERP and warehouse systems to DoganaLink;

c) at the Client's request, all fees under this Agreement are expressed and paid in Chinese Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and Annexes)
1.1 The premises and the annexes form an integral part of this Agreement: Annex A (Service Description), Annex B (Integration Specification and Acceptance Tests), Annex C (Service Levels).

Art. 2 (Definitions)
2.1 "API" means the DoganaLink interfaces made available to the Client; "Client Data" means all data submitted by the Client to the API or generated from it, including consignee details, product and HS-code data, quantities, values, routing and declaration results; "Integration" means the connection of the Client's Kingdee ERP and warehouse system to the API, including data mapping and testing; "Quarter" means a calendar quarter.

Art. 3 (Object)
3.1 The Supplier grants the Client access to the API for the preparation, validation and submission of up to 3,000 export declarations per year, together with certificate-of-origin requests and status tracking, and shall perform the Integration.
3.2 Declarations are submitted to the China International Trade Single Window through the Client's own account and a licensed declaration channel.
3.3 The Supplier shall keep the validation rules, HS-code tables, tariff and export-licensing references used by the API up to date, and shall apply changes published by the General Administration of Customs or by the authorities of the main destination markets within five working days of their publication.
3.4 The Supplier shall provide the Client with API documentation, a sandbox environment for the duration of the subscription, and a monthly report on declaration volumes, rejection rates and their causes.

Art. 4 (Term and Renewal)
4.1 The subscription runs for thirty-six months from the date of Integration Acceptance.
4.2 At the end of the initial term, the subscription is tacitly renewed for successive periods of one year at the same fees, unless either Party gives notice of cancellation at least sixty days before expiry.

Art. 5 (Fees and Payment)
5.1 The fees are:
   - API subscription, up to 3,000 declarations per year: CNY 138,000 per year, i.e. CNY 414,000 for the initial term;
   - Integration (one-time, fixed price): CNY 96,000;
   - Total for the initial term: CNY 510,000.
5.2 Declarations beyond 3,000 in a year are charged at CNY 38 each at the end of that year.
5.3 The Integration fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears at CNY 34,500 per Quarter. Invoices are payable within 30 days. No advance payment is due.

Art. 6 (Integration and Acceptance)
6.1 The Supplier shall complete the Integration within 90 days of signature of this Agreement.
6.2 The Integration shall be tested in accordance with Annex B. Integration Acceptance requires that: (a) 50 test declarations covering all product families and destination types are accepted by the Single Window test environment without manual correction; (b) HS codes, quantities and values mapped from the ERP reconcile fully with the source records; (c) declaration status is returned to the ERP within 5 minutes; and (d) ten live declarations are completed without error.
6.3 The Client shall confirm Integration Acceptance in writing within 10 working days after successful tests. Use of the API for live declarations before that confirmation does not constitute acceptance.
6.4 The Client shall appoint a project manager, give the Supplier timely access to its ERP test environment and product master data, and make its customs specialists available for the tests. Delays caused by the Client extend the period in Art. 6.1 accordingly.
6.5 If Integration Acceptance is delayed beyond the period in Art. 6.1 for reasons attributable to the Supplier, the Supplier shall pay a penalty of CNY 400 for each day of delay, without prejudice to compensation for further damage.

Art. 7 (Service Levels)
7.1 The API shall be available 99.95% of the time in each calendar month, excluding maintenance windows notified five days in advance.
7.2 Incidents are handled by the Supplier's support centre during Business Hours (09:00 to 18:00 Central European Time, Monday to Friday): Priority 1 (API unavailable, or declarations rejected because of an error of the Supplier): response within 8 Business Hours; Priority 2 (degraded function): response within 2 Business Days; Priority 3: response within 5 Business Days.
7.3 If availability in a month falls below the target, the Supplier shall credit 5% of the quarterly fee for each 0.1 percentage point, or part of it, of shortfall, up to 25% of the quarterly fee. Credits are set off against the next invoice.

Art. 8 (Client Data)
8.1 Client Data belongs to the Client. The Supplier processes Client Data to provide the services under this Agreement.
8.2 The Client grants the Supplier a perpetual, royalty-free right to use Client Data in anonymised and aggregated form, including HS codes, volumes, values and destinations, to produce market-intelligence reports, trade statistics and benchmarking services offered to other customers. This right survives the termination of this Agreement.

Art. 9 (Data Security)
9.1 Client Data is stored in mainland China on the cloud infrastructure described in Annex A, in Qingdao. The Supplier applies encryption in transit and at rest, access control on a need-to-know basis with multi-factor authentication, logging of all administrative access and daily back-ups.
9.2 The Supplier shall notify the Client of any security incident affecting Client Data within 12 hours, shall take all necessary measures to contain it, and shall indemnify the Client for damage arising from a breach of this Art. 9 attributable to the Supplier.
9.3 The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

Art. 10 (Intellectual Property)
10.1 The Supplier retains all rights in DoganaLink and the API.
10.2 The data-mapping tables, the ERP connector and the reports developed for the Client in the Integration belong to the Client, which may use, modify and license them freely. The Supplier shall deliver them with their source code at Integration Acceptance.

Art. 11 (Confidentiality)
11.1 Each Party shall keep confidential the other Party's technical and commercial information, including the Client's customers, prices and volumes, and shall not disclose it to third parties without prior written consent, for the duration of this Agreement and five years thereafter.

Art. 12 (Subcontracting)
12.1 The Supplier may avail itself of subcontractors for the performance of this Agreement, including the licensed declaration-channel operator in Qingdao and hosting providers, by informing the Client in writing of their names. The Supplier remains liable towards the Client for the performance of its subcontractors.

Art. 13 (Liability)
13.1 The Supplier's total liability under this Agreement shall not exceed twice the total fees for the initial term stated in Art. 5.1, except in cases of wilful misconduct or gross negligence.
13.2 Neither Party is liable for indirect damage or loss of profit, save as provided in Art. 9.2.

Art. 14 (Termination)
14.1 The Client may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after receiving a written notice to remedy.
14.2 Either Party may terminate this Agreement with immediate effect if the other Party becomes subject to insolvency proceedings.
14.3 On termination, the Supplier shall return all Client Data in a standard format within 30 days and then delete it, subject to Art. 8.2.

Art. 15 (Force Majeure)
15.1 Neither Party is liable for failure to perform caused by events beyond its reasonable control, including interruptions of the Single Window system that are not attributable to the Supplier.

Art. 16 (Governing Law and Disputes)
16.1 This Agreement is governed by the laws of the People's Republic of China.
16.2 Any dispute arising out of or relating to this Agreement shall be referred to the Yantai Arbitration Commission for arbitration in Yantai.

Art. 17 (Final Provisions)
17.1 This Agreement contains the entire agreement between the Parties and may be amended only in writing signed by both Parties.
17.2 Notices under this Agreement shall be given in writing by registered mail, courier or e-mail to the addresses stated above, or to such other address as a Party notifies.
17.3 The failure of a Party to exercise a right does not constitute a waiver of that right.
17.4 This Agreement is drawn up in English in two originals, one for each Party.

Isola Maggiore / Yantai, ______________ 2026

The Supplier                                    The Client
DOGANA DIGITALE S.r.l.                          YANTAI PENGLAI COAST WINE EXPORT CO., LTD.
______________________                          ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, source)
    "h162z01": ("h162z01_traffic_police_signal_control_system.docx", "docx", H162Z01),
    "h162z02": ("h162z02_pv_glass_coating_defect_inspection_equipment.pdf", "pdf", H162Z02),
    "h162z03": ("h162z03_vet_hospital_chain_records_booking_saas.md", "md", H162Z03),
    "h162z04": ("h162z04_county_water_bureau_flash_flood_warning_om.txt", "txt", H162Z04),
    "h162z05": ("h162z05_braised_snack_mes_supplier_template.md", "md", H162Z05),
    "h162e01": ("h162e01_tile_colour_grading_licence_irish_vendor.md", "md", H162E01),
    "h162e02": ("h162e02_river_cruise_ticketing_saas_german_vendor.pdf", "pdf", H162E02),
    "h162e03": ("h162e03_shrimp_hatchery_water_quality_sensors.docx", "docx", H162E03),
    "h162e04": ("h162e04_game_studio_managed_it_scottish_provider.txt", "txt", H162E04),
    "h162e05": ("h162e05_wine_exporter_customs_api_italian_vendor.txt", "txt", H162E05),
}

# ---------------------------------------------------------------------------------------------------------------
# Price and payment sums (asserted before anything is written)
# ---------------------------------------------------------------------------------------------------------------
def check_sums():
    # z01
    z01_hw = 86 * 38600 + 172 * 9800 + 680000 + 426000
    assert 86 * 38600 == 3319600 and 172 * 9800 == 1685600 and z01_hw == 6111200
    assert 86 * 6200 == 533200 and z01_hw + 533200 + 318600 + 37000 == 7000000
    assert 1750000 + 3500000 + 1750000 == 7000000 and 7000000 * 25 // 100 == 1750000 and 7000000 // 2 == 3500000
    assert z01_hw * 6 // 100 == 366672
    # z02
    z02_hw = 4 * 486000 + 2 * 78500 + 4 * 36000
    assert (4 * 486000, 2 * 78500, 4 * 36000, z02_hw) == (1944000, 157000, 144000, 2245000)
    assert z02_hw + 96000 + 24000 + 38600 == 2403600
    assert (240360, 1201800, 841260, 120180) == tuple(2403600 * p // 100 for p in (10, 50, 35, 5))
    assert 240360 + 1201800 + 841260 + 120180 == 2403600
    assert z02_hw * 275 // 1000 == 617375 and z02_hw * 275 % 1000 == 0
    # z03
    assert 42 * 3600 * 3 == 453600 and 453600 + 86400 == 540000 and 453600 // 12 == 37800
    # z04
    parts = [126 * 1150, 38 * 1900, 22 * 2600, 210 * 480, 96000, 58000]
    assert parts[:4] == [144900, 72200, 57200, 100800] and sum(parts) == 529100 and 529100 / 4 == 132275
    # z05
    assert 460000 + 380000 + 96000 + 24000 == 960000 and 480000 * 2 == 960000
    # e01
    assert 6 * 148000 == 888000 and 888000 + 126000 == 1014000 and 1014000 + 236000 + 38000 == 1288000
    assert (257600, 708400, 322000) == tuple(1288000 * p // 100 for p in (20, 55, 25)) and 257600 + 708400 + 322000 == 1288000
    # e02
    assert 264000 * 3 == 792000 and 792000 + 58000 == 850000 and 58000 + 264000 == 322000
    # e03
    e03_hw = 64 * 18500 + 16 * 12800 + 16 * 3400 + 46800 + 168000
    assert (64 * 18500, 16 * 12800, 16 * 3400, e03_hw) == (1184000, 204800, 54400, 1658000)
    assert e03_hw + 142000 + 28000 == 1828000
    assert (182800, 1005400, 639800) == tuple(1828000 * p // 100 for p in (10, 55, 35)) and 182800 + 1005400 + 639800 == 1828000
    assert e03_hw * 85 // 1000 == 140930 and e03_hw * 85 % 1000 == 0
    # e04
    assert 320 * 168 == 53760 and 53760 + 21400 == 75160 and 24 * 75160 == 1803840 and 1803840 + 64000 == 1867840
    # e05
    assert 138000 * 3 == 414000 and 414000 + 96000 == 510000 and 138000 / 4 == 34500

# ---------------------------------------------------------------------------------------------------------------
# Labels. T(...) keeps the key order of holdout18/19; META holds what the rules need beyond the label (forum outside
# mainland China, TCO fee base) and the planned rule list the re-applied rules must equal.
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC")

LABELS = {
    "h162z01": dict(lang="zh", category="hardware", kind="goods_or_licence", value=7000000,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1, prepayment_pct=25,
                               final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=6),
                    capped=True, fee_base=6111200, sla=True, ld=True, deemed=False, forum_outside=False,
                    planned=[]),
    "h162z02": dict(lang="zh", category="hardware", kind="goods_or_licence", value=2403600,
                    terms=dict(p1_response_hours=0.5, confidentiality=False, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                               final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=27.5),
                    capped=True, fee_base=2245000, sla=True, ld=True, deemed=False, forum_outside=False,
                    planned=["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h162z03": dict(lang="zh", category="cloud", kind="service", value=540000,
                    terms=dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                               ld_rate_per_day_pct=0.08, liability_cap_pct=200, auto_renewal_price_increase=True),
                    sla=True, ld=True, deemed=False, forum_outside=False,
                    planned=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h162z04": dict(lang="zh", category="services", kind="service", value=529100,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.02,
                               subcontract_without_consent=True),
                    sla=True, ld=True, deemed=False, forum_outside=False,
                    planned=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h162z05": dict(lang="zh", category="software", kind="goods_or_licence", value=960000,
                    terms=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                               ld_rate_per_day_pct=0.01, liability_cap_pct=460000 / 960000 * 100, prepayment_pct=50,
                               acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                               subcontract_without_consent=None),
                    capped=False, fee_base=460000, sla=True, ld=True, deemed=True, forum_outside=False,
                    planned=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                             "CR-WARRANTY"]),
    "h162e01": dict(lang="en", category="software", kind="goods_or_licence", value=1288000,
                    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=1100 / 1288000 * 100, liability_cap_pct=150,
                               prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=3,
                               governing_law="Ireland"),
                    capped=False, fee_base=1014000, sla=True, ld=True, deemed=False, forum_outside=True,
                    planned=["CR-GOVERNING-LAW", "CR-POST-WARRANTY-FEE", "CR-WARRANTY"]),
    "h162e02": dict(lang="en", category="cloud", kind="service", value=850000,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False,
                               ld_rate_per_day_pct=0.12, liability_cap_pct=300000 / 850000 * 100,
                               prepayment_pct=322000 / 850000 * 100),
                    sla=True, ld=True, deemed=False, forum_outside=False,
                    planned=["CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY"]),
    "h162e03": dict(lang="en", category="hardware", kind="goods_or_licence", value=1828000,
                    terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=10,
                               final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8.5),
                    capped=True, fee_base=1658000, sla=True, ld=True, deemed=False, forum_outside=False,
                    planned=[]),
    "h162e04": dict(lang="en", category="services", kind="service", value=1867840,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.25,
                               ld_rate_per_day_pct=1500 / 1867840 * 100, liability_cap_pct=150,
                               governing_law="Scotland"),
                    sla=True, ld=True, deemed=False, forum_outside=True,
                    planned=["CR-GOVERNING-LAW"]),
    "h162e05": dict(lang="en", category="cloud", kind="service", value=510000,
                    terms=dict(availability_pct=99.95, p1_response_hours=8, buyer_owns_data=False,
                               ld_rate_per_day_pct=400 / 510000 * 100, liability_cap_pct=200,
                               subcontract_without_consent=True),
                    sla=True, ld=True, deemed=False, forum_outside=False,
                    planned=["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def terms_of(lab):
    t = dict(BASE)
    t.update(lab["terms"])
    t["contract_kind"] = lab["kind"]
    assert set(t) == set(TERM_KEYS)
    return {k: t[k] for k in TERM_KEYS}


def tco(lab, t, horizon=5):
    """policy §4: purchase + implementation = the contract value; post-warranty fee for every year after the warranty
    (from acceptance), partial years pro rata; fee base = the itemised licence/hardware subtotal."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not lab["capped"]:
        return None
    post_years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * lab["fee_base"] * post_years
    total = lab["value"] + fees
    return total, fees, fees / total * 100


def rules(lab, t):
    goods = t["contract_kind"] == "goods_or_licence"
    r = []
    if not lab["sla"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if lab["sla"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not lab["ld"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or lab["deemed"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not lab["capped"] or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or lab["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    x = tco(lab, t)
    if goods and x is not None and x[2] > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rule_ids):
    sev = {SEVERITY[r] for r in rule_ids}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# values that sit exactly on a threshold are forbidden in labels
ON_THRESHOLD = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
                "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def write_labels():
    for key, lab in LABELS.items():
        name = FILES[key][0]
        t = terms_of(lab)
        for k, v in ON_THRESHOLD.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        extra = {"sla_clause": lab["sla"], "ld_stated": lab["ld"]}
        if t["contract_kind"] == "goods_or_licence":
            extra["post_warranty_fee_capped"] = lab["capped"]
        extra["acceptance_deemed_on_delivery"] = lab["deemed"]
        extra["contract_value"] = lab["value"]
        got = rules(lab, t)
        assert got == sorted(lab["planned"]), (key, got, lab["planned"])
        x = tco(lab, t)
        if x is not None:
            assert abs(x[2] - 40) > 1, (key, x)
        doc = {"file": name, "language": lab["lang"], "category": lab["category"], "expected_terms": t,
               "expected_extra": extra, "expected_rules": got}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        tco_s = "" if x is None else "  TCO %.2f, post-warranty fees %.2f, share %.2f %%" % x
        print("%s %-6s %-3d rules %s%s" % (key, risk(got), len(got), ", ".join(r[3:] for r in got) or "(none)", tco_s))

# ---------------------------------------------------------------------------------------------------------------
# Read-back: text as python-docx / pypdf / the file itself gives it, lengths, and the threshold scan
# ---------------------------------------------------------------------------------------------------------------
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


NUM = r"(?<![\d.])"
FORBIDDEN = [  # a match fails the build
    NUM + r"30\s*(?:%|％|per ?cent)", r"百分之三十",
    NUM + r"4\s*(?:小时|个小时|h\b|hours?|-hour)", r"四个?小时", r"(?i)\bfour[ -]hours?",
    r"99\.9(?!\d)", r"百分之九十九点九",
    NUM + r"0\.05\s*(?:%|％|per ?cent)", r"万分之五", r"千分之零点五", r"0\.5\s*‰",
    NUM + r"15\s*(?:%|％|per ?cent)", r"百分之十五",
    NUM + r"100\s*(?:%|％|per ?cent)", r"百分之百", r"百分之一百", r"(?i)one hundred per ?cent",
    NUM + r"12\s*(?:个月|months?|-month)", r"十二个月", r"(?i)twelve[ -]months?", r"(?i)\(12\) months",
    NUM + r"40\s*(?:%|％|per ?cent)", r"百分之四十",
]
REVIEW = [r"一年", r"(?i)\bone year", r"(?i)\b1 year", r"(?i)annual", r"年度"]  # printed for a human look


def check_files():
    for key, (name, fmt, _) in FILES.items():
        text = read_back(OUT / name)
        lang = LABELS[key]["lang"]
        bad = [(p, m.group(0), text[max(0, m.start() - 20):m.end() + 20].replace("\n", " "))
               for p in FORBIDDEN for m in re.finditer(p, text)]
        review = sorted({text[max(0, m.start() - 14):m.end() + 14].replace("\n", " ")
                         for p in REVIEW[:3] for m in re.finditer(p, text)})
        if lang == "zh":
            cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
            size = "%d chars (%d non-space, %d CJK)" % (len(text), len(re.sub(r"\s", "", text)), cjk)
        else:
            size = "%d words, %d chars" % (len(text.split()), len(text))
        print("%s %-5s %s" % (key, fmt, size))
        for b in bad:
            print("   THRESHOLD HIT", b)
        for r in review:
            print("   review:", r)
        assert not bad, key


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    check_sums()
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("md", "txt"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    write_labels()
    check_files()
