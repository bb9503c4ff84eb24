"""holdout360: writes the ten contracts (.txt/.md directly, .docx/.pdf via ../word_pdf.py write(..., wrap_words=True)),
their .json labels, reads every built file back, asserts text lengths, threshold-free text and labels, and prints the
expected rules per contract. Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市林业和草原局森林防火智能监测平台建设项目采购合同
P:合同编号：LC-ZFCG-2025-047    采购方式：公开招标
P:甲方（采购人）：某市林业和草原局    乙方（供应商）：青嶂数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就森林防火智能监测平台建设项目订立本合同。招标文件、投标文件及中标通知书为本合同组成部分；本合同条款与其不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方在甲方辖区十八处高点瞭望塔安装双光谱热成像监测前端，配套供电、防雷及微波回传，部署森林防火监测指挥平台及烟火识别算法，并完成与省级林长制平台、应急指挥系统的数据对接。
P:1.2 具体设备型号、技术参数以投标文件技术响应表为准，乙方不得以低于响应参数的产品替代。
H:第二条 合同价款
P:2.1 合同总价为人民币3,260,000元（大写：叁佰贰拾陆万元整），含设备、软件、安装、对接、培训、运输、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|双光谱云台热成像摄像机|18台|86,500|1,557,000
TB:2|太阳能供电及防雷接地系统|18套|21,800|392,400
TB:3|微波传输设备|9对|28,600|257,400
TB:4|监测指挥平台软件许可|1套|468,000|468,000
TB:5|烟火识别算法授权|18路|9,200|165,600
TB:6|软硬件小计（1至5项）|—|—|2,840,400
TB:7|平台对接定制开发|1项|216,000|216,000
TB:8|安装调试|1项|184,600|184,600
TB:9|培训|1项|19,000|19,000
TB:合计|—|—|—|3,260,000
P:2.2 合同总价为固定价，履约期间不因物价、汇率变动调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计652,000元。
P:3.2 全部设备到货并安装完毕、经甲方现场核点签收后，甲方支付合同总价的35%，计1,141,000元。到货签收仅确认数量，不代表质量验收。
P:3.3 项目通过最终验收后十五个工作日内，甲方支付合同总价的45%，计1,467,000元。
P:3.4 乙方每次请款前应开具等额增值税发票；资金按财政国库集中支付程序拨付。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后九十日内完成全部前端安装及平台部署，一百二十日内完成对接并具备初验条件。
P:4.2 甲方负责协调塔位进场许可；因甲方原因延误的，工期相应顺延。
H:第五条 验收
P:5.1 初验在试运行开始前进行，内容为设备数量、型号与投标文件一致，平台功能逐项测试通过。
P:5.2 试运行期六十日。最终验收标准：（1）十八路前端在试运行期内连续稳定在线，视频无明显卡顿；（2）对三公里范围内一平方米明火的识别报警时间不超过60秒，误报率不超过每路每日两次；（3）与省级平台数据对接一致，无丢失；（4）平台通过第三方网络安全等级保护测评；（5）竣工资料、源代码及操作手册移交完毕。
P:5.3 甲方组织专家按上述标准出具验收报告。设备安装、平台上线或甲方实际使用，均不视为验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费维修或更换故障设备，承担往返运输及登塔作业费用。
P:6.2 质保期满后，甲方可与乙方另行签订维保合同。维保年费不超过软硬件小计的6%（即不超过170,424元/年），该标准在质保期满后三个服务年度内保持不变。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级响应：一级故障（平台中断或三路以上前端离线）30分钟内响应、6小时内修复；二级故障（单路前端离线）2小时内响应、48小时内修复；三级故障在下一工作日处理。
P:7.3 乙方响应或修复每超时一小时，向甲方支付800元；月可用率每低于约定值0.01个百分点，支付1,500元。上述款项可从履约保证金或应付款中扣除。
H:第八条 数据安全
P:8.1 前端视频、报警记录、巡护轨迹等全部业务数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应落实网络安全等级保护三级要求，远程运维须经甲方审批并通过堡垒机进行，全程留存审计日志；不得私自复制、留存或向境外传输任何数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 双方对履约中知悉的对方技术信息、塔位坐标、防火预案等非公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台软件及算法的原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的对接程序、配置文件、源代码及文档，知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八支付违约金。
P:11.2 乙方提供的设备不符合合同约定的，应在十日内更换；给甲方造成损失的，予以赔偿。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日，或交付成果经两次验收仍不合格，或严重违反数据安全义务的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条之一 项目管理与培训
P:14A.1 乙方应指定具有高级工程师职称的项目经理，项目实施期间每周向甲方提交进度报告，未经甲方同意不得更换项目经理。
P:14A.2 乙方应为甲方各林场、护林站值班人员提供不少于三期现场培训，培训内容包括平台操作、报警研判、前端日常检查，并提供中文操作手册。
P:14A.3 不可抗力（包括森林火灾、地震、暴雨导致的道路中断）影响履约的，受影响方应及时通知对方并提供证明，工期相应顺延。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效，并报同级财政部门备案。
P:甲方（盖章）：某市林业和草原局    法定代表人或授权代表：________    日期：________
P:乙方（盖章）：青嶂数智科技有限公司    法定代表人或授权代表：________    日期：________
"""

Z02 = """T:瓦楞纸板生产线控制系统改造合同
P:合同编号：HX-ZB-2025-0612
P:甲方：佛山市禾丰包装纸品有限公司
P:乙方：广州衡拓自动化工程有限公司
P:甲方五层瓦楞纸板生产线（幅宽2.2米）原控制系统老化、故障频发，拟对干部、湿部及横切机控制系统进行整体改造。乙方已完成现场勘查并提交改造方案。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）拆除原有控制柜及驱动，新装PLC控制柜六套、伺服驱动及电机二十四套，实现单面机、双面机、横切机联动控制。
P:（二）部署生产管理系统，实现订单排产、换单自动设定、速度与张力联控、停机原因统计。
P:（三）加装在线检测仪四台，检测纸板翘曲、厚度及粘合质量，并与生产管理系统联动报警。
H:二、合同价款
P:（一）合同总价为人民币1,750,000元，含设备、软件、编程调试、安装、拆旧、培训及税费。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|6套|96,000|576,000
TB:2|伺服驱动及电机|24套|13,500|324,000
TB:3|生产管理系统软件许可|1套|268,000|268,000
TB:4|在线检测仪（含检测软件）|4台|47,500|190,000
TB:|软硬件小计|||1,358,000
TB:5|程序编制及联机调试|1项|246,000|246,000
TB:6|安装及拆旧|1项|128,000|128,000
TB:7|操作及维修培训|1项|18,000|18,000
TB:|合计|||1,750,000
P:（二）上述价格为固定总价，乙方不得以材料涨价等理由要求调整。
H:三、付款
P:（一）合同生效后七个工作日内，甲方支付合同总价的20%作为预付款，即350,000元。
P:（二）设备全部到厂并经甲方清点签收后，甲方支付合同总价的35%，即612,500元。签收不代表验收。
P:（三）生产线通过最终验收后十个工作日内，甲方支付合同总价的45%，即787,500元。
H:四、工期
P:（一）乙方应在合同生效后四十五日内完成设备到厂；改造停机窗口为十二日，由甲方结合淡季安排，乙方须在停机窗口内完成拆装并恢复生产。
H:五、验收
P:（一）改造完成后进行七十二小时连续带料试生产，之后试运行三十日。
P:（二）验收标准：1.生产线设计车速达到每分钟220米并稳定运行；2.换单时间不超过45秒，换单废纸长度不超过8米；3.在线检测仪对翘曲超标纸板的检出率不低于98%；4.试运行期内无因控制系统原因导致的整线停机超过两次；5.程序源文件、电气图纸、操作手册移交完毕。
P:（三）双方按上述标准逐项测试并签署验收报告。设备安装完成或甲方投入生产，均不视为验收合格。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费维修、更换故障部件，并每季度上门巡检一次。
P:（二）质保期满后，甲方可委托乙方提供维保服务，维保年费为软硬件小计的8.5%，即115,430元，该价格在质保期满后三个服务年度内固定不变。
P:（三）故障响应：一级故障（整线停机）乙方接报后30分钟内远程响应，8小时内到达现场；二级故障（单机停机或检测失效）2小时内响应，次日到场；三级故障在下次巡检时处理。
P:（四）乙方响应或到场每超时一小时，向甲方支付1,000元，甲方可从应付款或维保费中扣减。
H:七、数据与保密
P:（一）生产管理系统中的订单、工艺参数、产量及质量数据均归甲方所有，乙方不得用于本合同以外的用途。
P:（二）乙方远程维护须经甲方当班负责人同意，通过甲方提供的VPN账号登录，操作留痕；不得复制、外传甲方数据。因乙方原因导致数据泄露、丢失或生产系统被入侵的，乙方应立即报告并承担赔偿责任。
P:（三）双方对在合作中获知的对方客户信息、价格、工艺配方等商业秘密负有保密义务，合同终止后三年内仍然有效。
H:八、知识产权
P:（一）生产管理系统软件的著作权归乙方，甲方获得永久使用许可。
P:（二）为本项目编写的PLC程序、人机界面程序、定制报表及其源文件归甲方所有，甲方可自行修改或委托他人维护。
H:九、违约责任
P:（一）乙方逾期到货或未能在停机窗口内恢复生产的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）改造后性能达不到验收标准的，乙方应在十五日内整改；整改后仍不合格的，甲方有权解除合同。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
H:十、分包
P:（一）乙方如需将电缆敷设等辅助工作分包，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:十二之一、现场施工与安全
P:（一）乙方进入甲方厂区施工，应遵守甲方安全生产、消防及用电管理制度，施工人员须接受甲方安全教育并佩戴安全防护用品。拆除旧控制柜、断电、送电等作业应办理甲方作业票，由甲方电工监护。
P:（二）乙方应在停机窗口开始前完成离线程序模拟测试，并准备回退方案；因乙方原因造成设备损坏或人身伤害的，由乙方负责。
P:（三）乙方应在改造期间派驻项目经理及不少于四名电气、软件工程师，试运行期间至少保留一名工程师驻厂，配合甲方处理生产中出现的问题。
H:十二之二、培训与资料
P:（一）乙方应对甲方操作工、电工及生产管理人员分批培训，内容包括设备操作、参数设定、常见故障处理及生产管理系统使用，培训后进行考核。
P:（二）乙方应移交电气原理图、接线图、PLC及触摸屏程序源文件、参数清单、备件清单、设备说明书及合格证，一式两份并附电子版。
P:（三）乙方应按备件清单提供随机备件，并在质保期满后至少八个服务年度内保证易损件供应，价格不高于同期市场价。
H:十二之三、不可抗力
P:（一）因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明，双方协商延期履行或变更合同。
H:十二之四、通知与联系人
P:（一）甲方联系人为设备部经理，乙方联系人为项目经理，双方联系方式见附件。一方变更联系人的，应在三日内书面通知对方。
P:（二）与本合同有关的催告、验收通知、解除通知应以书面形式送达，电子邮件经对方确认收到的视为书面送达。
P:（三）附件包括：改造方案、设备清单及技术参数、验收测试记录表、培训计划，均为本合同组成部分。
P:（四）乙方应于每次季度巡检后五日内提交巡检报告，列明检查项目、发现问题、处理结果及建议更换的部件，作为质保期服务记录。
P:（五）甲方在质保期内自行增加的设备或修改的程序，乙方应提供技术指导，但因甲方修改引起的故障不在免费范围内。
H:十三、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：佛山市禾丰包装纸品有限公司    代表：________
P:乙方（盖章）：广州衡拓自动化工程有限公司    代表：________
P:签订日期：____年__月__日
"""

Z03 = """客户管理及护理排班云服务合同

合同编号：YX-SaaS-2025-0318

甲方：杭州悦禾母婴护理管理有限公司（下称"甲方"）
地址：杭州市滨江区江南大道某号
乙方：杭州云栖护理软件有限公司（下称"乙方"）
地址：杭州市余杭区文一西路某号

鉴于：甲方在杭州、宁波、绍兴经营九家月子中心门店，需统一管理客户档案、房态、护理排班、产康项目及母婴护理记录；乙方拥有"云栖护理"SaaS平台，愿按本合同向甲方提供订阅服务及实施服务。双方经友好协商，订立本合同。

第一条 服务内容
（1）乙方向甲方九家门店开通"云栖护理"平台专业版订阅，包括客户档案、房态管理、护理排班、母婴护理记录、产康预约、会员及小程序模块。
（2）实施服务：业务调研、系统配置、历史客户数据迁移（约一万两千条）、与甲方财务系统接口对接、门店管理员及护理人员培训。
（3）订阅期内的版本升级、在线客服及远程技术支持。

第二条 服务期限
（1）订阅服务期为三个服务年度，自平台上线验收通过之日起算。
（2）订阅期满前六十日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。
（3）每次续期时，乙方有权根据市场行情调整订阅费，调整幅度不超过上一服务年度订阅费的8%，乙方书面通知甲方即生效。

第三条 费用
（1）订阅费：每家门店每服务年度36,800元，九家门店每服务年度合计331,200元，三个服务年度合计993,600元。
（2）实施费：一次性126,000元。
（3）本合同总金额为1,119,600元（含税）。门店数量增加的，按同一单价另行计费。

第四条 付款方式
（1）订阅费按季度支付，每个季度开始后十个工作日内，甲方支付该季度订阅费82,800元。
（2）实施费在平台上线验收通过后十五个工作日内一次性支付。
（3）乙方收款前应开具增值税专用发票。

第五条 实施与上线验收
（1）乙方应在合同签订后四十五日内完成配置、数据迁移及培训，并提交上线验收申请。
（2）上线验收标准：①九家门店全部开通并完成一周并行运行；②迁移数据与甲方原系统逐条核对，差错率为零；③排班、护理记录、产康预约等功能按附件需求清单逐项测试通过；④与财务系统接口连续五个工作日对账无差异；⑤所有门店管理员完成培训考核。
（3）甲方在收到申请后十个工作日内组织验收，出具书面验收意见。门店开始使用平台不视为验收通过。
（4）乙方迟延上线的，每迟延一日向甲方支付违约金800元。

第六条 服务水平
（1）平台月可用率不低于99.5%。
（2）故障分级：一级故障（平台无法登录或核心模块不可用）30分钟内响应，6小时内无法恢复的须提供临时方案；二级故障2小时内响应；三级故障1个工作日内响应。
（3）月可用率未达标的，乙方按下列标准给予服务抵扣：低于约定值但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%。一级故障响应超时的，每次抵扣当月订阅费的2%。

第七条 数据权属与使用
（1）甲方上传或在使用平台过程中产生的客户资料、护理记录、排班及经营数据（下称"甲方数据"）归甲方所有。
（2）甲方同意，乙方可在对甲方数据进行去标识化处理后，将其汇总用于产品改进、护理模型训练及行业分析报告，该项使用在本合同终止后仍可继续。
（3）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部甲方数据，并删除平台内的副本。

第八条 数据安全
（1）平台部署于境内云服务商机房，已通过网络安全等级保护三级测评；乙方应对甲方数据实施加密存储、分级授权及操作日志留存。
（2）客户健康信息属于敏感个人信息，乙方应遵守《个人信息保护法》，仅在甲方授权范围内处理。
（3）发生数据泄露或安全事件的，乙方应在12小时内通知甲方并采取处置措施；因乙方原因造成损失的，由乙方承担赔偿责任。

第九条 保密
双方对在履约过程中知悉的对方商业秘密及客户信息承担保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。

第十条 知识产权
（1）平台软件及其升级版本的知识产权归乙方。
（2）乙方为甲方定制的报表模板、护理流程配置、接口程序归甲方所有，甲方可自由使用、修改并交由第三方维护。

第十一条 违约及责任限制
（1）任何一方违约的，应赔偿对方因此遭受的损失。
（2）乙方在本合同项下的累计赔偿责任以本合同总金额的1.5倍为限，但因乙方故意、重大过失或违反第八条造成的损失除外。

第十二条 分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

第十三条 合同解除
（1）一方严重违约，经守约方书面催告后二十日内未改正的，守约方有权书面通知解除本合同。
（2）平台连续两个月可用率未达标的，甲方有权解除合同，乙方退还已付但未使用期间的订阅费。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

第十四条之一 项目组织与沟通
（1）双方各指定一名项目负责人，实施期间每周召开一次例会，确认进度、问题及需求变更，会议纪要经双方签字后存档。
（2）需求变更须以书面形式提出，乙方应在五个工作日内评估工作量及对进度的影响，经甲方确认后实施。
（3）乙方应为每家门店提供上线首周驻店支持，协助护理人员熟悉排班及护理记录操作。

第十四条之二 服务变更与退出
（1）平台功能调整或版本升级不得降低甲方已订阅的功能，重大变更应提前三十日通知甲方。
（2）合同终止或到期不再续订的，乙方应配合甲方将数据迁移至新系统，迁移期间平台以只读方式继续开放不少于六十日，不另收费。
（3）因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，双方根据影响程度协商处理。

第十四条之三 双方责任
（1）甲方应指定各门店管理员，负责本门店账号分配及权限管理，并按乙方提供的模板整理历史客户数据。
（2）甲方应确保其向平台录入客户信息已取得客户同意，并告知处理目的和方式。
（3）乙方应保证平台功能符合附件需求清单，并在每个服务年度结束前向甲方提交服务报告，说明可用率、故障处理及版本更新情况。
（4）乙方应在每次版本升级前通知甲方，并提供更新说明；升级导致甲方已有配置失效的，乙方应免费恢复。

第十四条之四 通知
双方通知以书面或电子邮件方式发送至合同首部地址或双方确认的邮箱。订阅续期、费用调整等事项的通知，应同时抄送甲方财务负责人。

第十五条 其他
本合同附件（需求清单、服务说明）为合同组成部分。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州悦禾母婴护理管理有限公司      授权代表：________
乙方（盖章）：杭州云栖护理软件有限公司          授权代表：________
签订日期：2025年__月__日
"""

Z04 = """某市出租汽车监管服务平台运维服务合同

项目编号：JT-CS-2025-019（竞争性磋商）
采购人（甲方）：某市交通运输局
供应商（乙方）：江城智行信息技术有限公司

甲方通过竞争性磋商方式采购出租汽车监管服务平台运维服务，经评审确定乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》、磋商文件及乙方响应文件，双方订立本合同。

1. 服务范围
1.1 运维对象：出租汽车监管服务平台（含车辆动态监控、营运数据分析、投诉处理、驾驶员信用考核子系统）、平台所在服务器及数据库、与约一万一千辆巡游出租车车载终端的数据链路、与网约车监管信息交互平台的接口。
1.2 服务内容：日常巡检、故障处理、系统优化与小版本升级、数据备份、安全加固配合、节假日及重大活动保障、用户培训。
1.3 乙方应派驻不少于三名运维工程师在甲方指挥中心驻场，工作日8:30至18:00在岗，其他时间提供电话及远程值守。

2. 服务期限
2.1 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
2.2 服务期满本合同终止，不自动续期；甲方需要继续采购的，依法另行组织采购。

3. 服务要求
3.1 乙方应每日巡检平台运行状态，每月提交运维报告，内容包括故障统计、处理情况、性能分析及改进建议。
3.2 乙方应于2025年9月30日前完成平台数据库版本升级及历史轨迹数据归档迁移。
3.3 服务水平：
（1）平台全年可用率不低于99.95%；
（2）一级故障（平台整体不可用、车载终端数据中断超过十分钟或监管大屏无法显示）15分钟内响应，2小时内到场，6小时内恢复；
（3）二级故障（单一子系统功能异常）30分钟内响应，12小时内恢复；
（4）三级故障（非核心功能缺陷）24小时内响应，三个工作日内解决。
3.4 服务水平未达到3.3条要求的，乙方应提交书面说明并限期整改；整改情况纳入季度考核记录，作为今后采购的参考，甲方不因此扣减服务费或要求乙方承担违约金。

4. 合同金额及支付
4.1 合同金额为人民币586,000元（含税），包括人工、差旅、工具、备品备件及税费。分项：驻场运维人员费432,000元，远程值守及应急保障费86,000元，数据库升级与数据迁移费68,000元。
4.2 服务费按季度支付。每季度结束且季度考核完成后十五个工作日内，甲方支付合同金额的25%，即146,500元。本合同不设预付款。

5. 考核与验收
5.1 甲方每季度按附件《运维服务考核表》考核，考核项目包括巡检记录完整率、故障响应及时性、运维报告质量、用户满意度，满分100分，80分以上为合格。
5.2 服务期满后十五个工作日内，甲方组织年度验收，验收标准为：四个季度考核均合格；3.2条升级与迁移任务已完成且数据核对一致；全部运维文档、账号、脚本已移交。
5.3 季度考核不合格的，乙方应在十日内整改，整改期间的服务费暂缓支付。

6. 数据管理
6.1 平台中的车辆、驾驶员、营运轨迹、投诉等全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。

7. 保密
7.1 乙方及其驻场人员对履约中接触到的甲方工作秘密、车辆及驾驶员信息负有保密义务，不得向任何第三方泄露。乙方应与驻场人员签订保密承诺书并报甲方备案。
7.2 保密义务不因本合同终止而解除。

8. 知识产权
8.1 乙方在运维期间编写的脚本、报表、优化程序及运维文档，知识产权归甲方所有。
8.2 平台原有软件的知识产权状态不因本合同改变。

9. 违约责任
9.1 乙方未能在3.2条约定期限内完成升级与迁移的，每逾期一日，按合同金额的千分之一支付违约金。
9.2 乙方驻场人员数量不足或擅自更换的，每人每日扣除驻场人员费600元。
9.3 甲方无故逾期付款的，应按逾期金额每日万分之三支付违约金。

10. 转包与分包
10.1 乙方不得转包或分包本合同项下的任何服务。

11. 合同解除
11.1 乙方连续两个季度考核不合格，或严重违约经书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。

12. 争议解决
12.1 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

12A. 驻场人员管理
12A.1 乙方驻场人员应具备相应技术资格，名单及资格证明报甲方备案；更换人员须提前十个工作日书面申请并经甲方同意，新人员须完成交接。
12A.2 驻场人员应遵守甲方作息、保密、安全及机房管理制度，进出机房登记，不得使用个人设备接入监管专网。
12A.3 乙方应建立运维知识库，记录故障现象、原因及处理方法，服务期满时随其他文档一并移交甲方。

12B. 重大活动保障
12B.1 春节、国庆等节假日及全市重大活动期间，乙方应提前制定保障方案，增派人员值守，并于活动结束后三个工作日内提交保障总结。
12B.2 甲方临时要求的应急保障，乙方应在接到通知后一小时内到岗。

12C. 不可抗力
12C.1 因不可抗力致使合同不能履行的，受影响方应及时书面通知对方并提供证明，双方可协商变更或终止合同，互不承担违约责任。

12D. 运维文档与交接
12D.1 服务开始后十个工作日内，乙方应与上一服务期运维单位完成交接，核对账号、密码、配置文件及遗留问题清单，交接记录由甲方签字确认。
12D.2 服务期满或合同解除时，乙方应在十个工作日内向甲方或甲方指定的单位移交全部运维文档、脚本、账号及知识库，并配合新单位熟悉系统，配合期不少于二十日。
12D.3 乙方应每半年组织一次应急演练，内容包括数据库故障切换、数据恢复及车载终端链路中断处置，演练方案和总结报甲方备案。

12E. 通知
12E.1 双方指定的联系人及联系方式见附件。与本合同有关的通知以书面形式送达，紧急情况可先以电话通知，事后补充书面材料。

12F. 安全生产与廉洁
12F.1 乙方人员在甲方场所作业应遵守安全操作规程，因乙方人员违规操作造成设备损坏的，由乙方负责修复或赔偿。
12F.2 乙方不得向甲方工作人员提供任何形式的不正当利益；一经查实，甲方有权解除合同并按政府采购有关规定处理。
12F.3 乙方应为驻场人员依法缴纳社会保险，人员的劳动关系、工伤及其他纠纷由乙方自行处理，与甲方无关。

13. 其他
13.1 磋商文件、响应文件、成交通知书及附件为本合同组成部分。
13.2 本合同一式五份，甲方三份，乙方二份，自双方签章之日起生效。

甲方（盖章）：某市交通运输局                    乙方（盖章）：江城智行信息技术有限公司
负责人或授权代表：________                        法定代表人或授权代表：________
日期：____年__月__日                              日期：____年__月__日
"""

Z05 = """# 溯源通食品质量追溯系统软件许可及定制开发合同

> 合同文本：溯源通标准合同 STY-2024 版（乙方提供）

**甲方（用户）：** 招远市金丝粉丝食品有限公司
**乙方（开发方）：** 济南溯源通信息科技有限公司

甲方生产龙口粉丝系列产品，为满足食品安全追溯要求，向乙方采购"溯源通"食品质量追溯系统软件许可，并委托乙方按甲方生产工艺进行定制开发。双方依据《中华人民共和国民法典》，经协商订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"溯源通"追溯系统标准版软件许可（含原料入库、生产批次、质检、包装赋码、仓储出库、扫码查询模块）。

1.2 乙方根据甲方提供的工艺流程，定制开发淀粉原料验收、制粉晾晒工序记录、批次一物一码关联及经销商扫码出库功能。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 追溯系统标准版软件许可（永久，单工厂） | 368,000 |
| 2 | 定制开发（工序记录、一物一码、扫码出库） | 276,000 |
| 3 | 部署、初始化及培训 | 48,000 |
| | **合计** | **692,000** |

2.1 以上价格含税，不含甲方自行采购的服务器、赋码设备、扫码枪及标签耗材。

## 第三条 付款

3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即346,000元，乙方收款后启动开发。

3.2 系统部署完成后五个工作日内，甲方支付剩余50%，即346,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务。

## 第四条 开发与部署

4.1 乙方在收到首期款后开始开发，计划九十日内完成部署，具体进度以乙方项目计划为准。

4.2 因需求变更、甲方配合不及时等原因导致进度延后的，乙方不承担责任，工期相应顺延。

## 第五条 验收

5.1 乙方完成系统部署并通知甲方后，即视为甲方验收合格。

5.2 甲方在系统部署后提出的修改意见，属于需求变更的，双方另行协商费用。

## 第六条 免费维护

6.1 系统部署完成后，乙方提供三个月免费维护，内容为缺陷修复及远程技术咨询。

6.2 免费维护期内，乙方将尽商业上合理的努力及时处理甲方提出的问题。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得维护、升级服务，应与乙方另行签订维护协议，维护费按乙方当年公布的价格标准收取。

7.2 未签订维护协议的，乙方对系统运行问题不承担处理义务。

## 第八条 知识产权

8.1 "溯源通"软件及其所有版本的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、程序源代码及相关文档，知识产权均归乙方所有。甲方在本合同约定的单工厂范围内享有非独占使用权，不得修改、反编译或向第三方提供。

## 第九条 数据

9.1 甲方在系统中录入的原料、生产、质检及销售数据归甲方所有，乙方仅为提供系统及维护服务使用该数据。

9.2 乙方应对远程维护账号进行专人管理，采取访问控制、传输加密及操作日志等安全措施；因乙方原因导致甲方数据泄露、损毁的，乙方应及时通知甲方并承担相应赔偿责任。

## 第十条 工作委托

10.1 乙方可根据工作需要，将部分开发、部署或培训工作委托给乙方合作单位完成，无需另行征得甲方同意。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。

11.2 乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同，经另一方书面催告后三十日内仍未纠正的，另一方有权书面通知解除本合同。

## 第十三条 法律适用及争议

13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决，协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条之一 双方义务

13A.1 甲方应指定项目联系人，按乙方要求提供工艺流程、产品目录、原料供应商清单及经销商资料，并保证所提供资料的真实、完整。

13A.2 甲方负责提供符合乙方配置要求的服务器、网络环境及赋码设备，并承担相应费用。因甲方环境不满足要求导致系统运行异常的，乙方不承担责任。

13A.3 乙方按照本合同及乙方项目计划完成开发、部署及培训工作。培训以远程方式为主，现场培训每次收取差旅费用。

13A.4 甲方应妥善保管系统账号及密码，因甲方账号管理不善造成的损失由甲方自行承担。

## 第十三条之二 不可抗力

13B.1 因不可抗力、网络运营商故障、第三方软件缺陷、黑客攻击或政府行为导致系统无法正常运行的，乙方不承担责任。

13B.2 受影响方应及时通知对方，双方根据影响程度协商是否继续履行合同。

## 第十三条之三 通知

13C.1 双方往来通知以书面形式送达合同首部所列地址，或通过双方确认的电子邮箱发送，发出之日起三日视为送达。

## 第十三条之四 系统使用规范

13D.1 甲方应按照乙方提供的操作手册使用系统，不得自行修改数据库结构或安装与系统冲突的软件。

13D.2 甲方扫码查询页面中展示的产品信息由甲方负责审核，因展示内容不实引发的消费者投诉或行政处罚，由甲方自行承担。

13D.3 标签赋码规则由乙方根据系统标准设定，甲方需调整赋码规则的，按需求变更处理。

13D.4 系统升级由乙方统一安排，乙方可根据产品规划调整标准版功能，并在升级前以系统公告方式通知甲方。

13D.5 甲方新增生产线、工厂或用户数量的，应另行向乙方购买相应许可。

## 第十三条之五 费用说明

13E.1 合同价款不包括系统部署后的需求变更、二次开发、数据补录、现场驻点服务及超出约定次数的培训，如甲方需要，按乙方报价另行收费。

13E.2 乙方派员赴甲方现场提供服务的，差旅及住宿费用由甲方承担，按实际发生额结算。

13E.3 乙方开具的发票为增值税普通发票，甲方需要专用发票的，应在签约时书面提出。

13E.4 甲方迟延支付任何款项的，乙方有权暂停开发、部署或培训，由此导致的工期延误由甲方负责。

## 第十三条之六 联系人

13F.1 双方各指定一名联系人负责本合同履行中的日常沟通，联系人变更应提前通知对方。甲方对系统功能的意见应通过乙方客服平台或联系人统一提交，乙方在收到后安排处理。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方发布的《溯源通用户服务说明》为准。

14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：招远市金丝粉丝食品有限公司　　授权代表：________

乙方（盖章）：济南溯源通信息科技有限公司　　授权代表：________

日期：____年__月__日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. YZL-2025-IL-09
P:This Agreement is made between Yangzhou Qiyun Lacquerware Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hanjiang District, Yangzhou, Jiangsu Province (the "Buyer"), and Vermeer Inlay Systems B.V., a private limited company incorporated in the Netherlands with its office at Kerkenbos, Nijmegen (the "Vendor").
P:Background. The Buyer produces lacquer screens, boxes and panels decorated with mother-of-pearl and stone inlay. It wishes to replace manual tracing of inlay layouts with software that converts a design into cutting paths and part layouts for its CNC engraving machines. The Vendor develops InlayCraft, a layout and nesting application for decorative inlay work, and has agreed to license it and to provide related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means InlayCraft Designer and InlayCraft Layout Server, version 7, in object code, with its user documentation and any updates supplied under this Agreement.
P:1.2 "Custom Work" means the pattern-library templates, the machine post-processors for the Buyer's engraving machines and the import scripts prepared by the Vendor for the Buyer under Article 3.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 6.
P:1.4 "Licence Subtotal" means the total of the licence fees in Article 4.1, being CNY 480,000.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use six (6) Designer seats and two (2) Layout Server instances at the Buyer's premises in Yangzhou for the Buyer's own business.
P:2.2 The Buyer may make back-up copies and may move a seat to replacement hardware after informing the Vendor.
P:2.3 The licence is not terminated by the end of the warranty or of any support period.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on servers and workstations provided by the Buyer, write post-processors for the Buyer's four engraving machines, and import the Buyer's existing library of about 2,600 traditional patterns (plum blossom, lotus, landscape borders and others) into the Software.
P:3.2 The Vendor shall train up to ten designers and two administrators at the Buyer's workshop in Chinese or with an interpreter provided by the Vendor.
P:3.3 Installation shall be completed within 50 days after the Buyer's first payment, and the Software shall be ready for acceptance testing within 70 days after that payment.
H:Article 4 Price
P:4.1 At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY). The Contract Price is CNY 540,000, inclusive of applicable taxes, made up as follows:
P:Item 1 - InlayCraft Designer perpetual licence - 6 seats x CNY 58,000 - CNY 348,000
P:Item 2 - InlayCraft Layout Server perpetual licence - 2 x CNY 66,000 - CNY 132,000
P:Licence Subtotal (Items 1 and 2) - CNY 480,000
P:Item 3 - Installation, configuration and post-processors - CNY 26,000
P:Item 4 - Pattern-library import - CNY 22,000
P:Item 5 - Training - CNY 12,000
P:Total Contract Price - CNY 540,000
P:4.2 The Contract Price is fixed and covers travel, accommodation and interpreter costs of the Vendor's staff.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price (CNY 108,000) within 15 days after signature of this Agreement and receipt of the Vendor's invoice.
P:5.2 The Buyer shall pay 45% of the Contract Price (CNY 243,000) within 15 days after the parties sign the installation record. Signature of the installation record confirms only that the Software is installed and is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 189,000) within 15 days after Final Acceptance.
P:5.4 Payments are made by bank transfer to the Vendor's account stated in its invoice. The Buyer shall provide the tax documents needed for the Vendor to receive payment in accordance with PRC foreign-exchange rules.
H:Article 6 Acceptance
P:6.1 After installation the Buyer shall run an acceptance test of 20 working days on its own production designs.
P:6.2 The Software passes the test when: (a) all functions listed in Annex 1 work as described; (b) layouts generated from ten reference designs chosen by the Buyer deviate from the drawing by no more than 0.1 mm; (c) the post-processors run on all four engraving machines without manual editing of the output; (d) at least 98% of the imported patterns open correctly and the rest have been repaired; and (e) no Severity 1 defect occurs during the last ten working days of the test.
P:6.3 When the test is passed the Buyer shall issue a Final Acceptance certificate within five working days. Installation, training or productive use of the Software before that certificate do not amount to acceptance.
P:6.4 If the test fails, the Vendor shall correct the defects and the test shall be repeated. If it fails a second time, the Buyer may terminate under Article 15.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Work will perform substantially in accordance with Annex 1 for eighteen (18) months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects, supply all updates and new versions free of charge and provide support under Article 8.
H:Article 8 Support and Service Levels
P:8.1 The Vendor shall provide a support hotline and remote support from 08:00 to 20:00 Beijing time on working days.
P:8.2 Severity 1 (the Software cannot be started or no layout can be produced): response within 2 hours, workaround within one working day. Severity 2 (a main function is impaired): response within 8 working hours. Severity 3 (other defects): response within three working days.
P:8.3 For each full hour by which a Severity 1 response is late, the Vendor shall credit the Buyer CNY 500, deducted from the next payment or support invoice.
H:Article 9 Support after the Warranty Period
P:9.1 After the Warranty Period the Buyer may order annual support by written purchase order. Support includes updates, new versions and the services of Article 8.
P:9.2 The annual support fee is 24% of the Licence Subtotal, namely CNY 115,200 per year, fixed for the first three years after the Warranty Period. There is no automatic renewal; each year of support requires a new purchase order.
H:Article 10 Buyer Data
P:10.1 Designs, drawings, photographs and layouts supplied or created by the Buyer ("Buyer Data") belong to the Buyer. The Vendor may use Buyer Data only to perform this Agreement.
P:10.2 The Software is installed on the Buyer's own servers. Remote access by the Vendor is allowed only for a specific support case, with the Buyer's approval for each session, through an encrypted connection which the Buyer opens and closes. The Vendor shall not copy Buyer Data to its own systems except for a specific defect with the Buyer's written approval, and shall delete such copies when the defect is closed.
P:10.3 The Vendor shall notify the Buyer within 24 hours of any unauthorised access to, loss of or disclosure of Buyer Data in its control, assist the Buyer in remedying it, and be responsible for the losses the Buyer suffers as a result of the Vendor's breach of this Article.
H:Article 11 Intellectual Property
P:11.1 The Software remains the property of the Vendor and its licensors.
P:11.2 The Custom Work is made for the Buyer and all rights in it vest in the Buyer on creation. The Vendor shall deliver the Custom Work with its source files, and the Buyer may use, modify and license it freely, including to a later support provider.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Buyer's designs and patterns and the Vendor's pricing, and shall not disclose it to a third party without prior written consent, except to professional advisers under a duty of confidence or as required by law.
P:12.2 This obligation survives for three years after the end of this Agreement.
H:Article 13 Delay and Liability
P:13.1 If installation or readiness for testing is late under Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay delay damages of CNY 450 per day of delay, up to a maximum of 10% of the Contract Price.
P:13.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Article 10 or Article 12, to infringement of third-party rights, or to wilful misconduct.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor as for itself.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:15.2 On termination before Final Acceptance the Vendor shall refund the amounts paid for the parts not accepted, and the Buyer shall uninstall those parts.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Netherlands.
P:16.2 Any dispute arising out of this Agreement shall be submitted exclusively to the competent court in Arnhem, the Netherlands.
H:Article 17 General
P:17.1 This Agreement is made in English and Chinese; both texts are equally valid.
P:17.2 Annex 1 (Functional Description) forms part of this Agreement.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________    Date: ____________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - SERRALINK TICKETING CLOUD

Order Form No. SL-CN-2025-0147

## PART A - ORDER FORM

**Customer:** Leshan Emei Lingyou Tourism Transport Co., Ltd., Emeishan City, Sichuan Province, People's Republic of China ("Customer").

**Provider:** SerraLink Software, Lda., Rua Marquês d'Ávila e Bolama, Covilhã, Portugal ("Provider").

Customer operates the shuttle buses between the Mount Emei ticket centre, the Wuxiangang car park and the ecological monkey park, and sells combined shuttle and monkey-park entry tickets at kiosks, through its WeChat mini-program and through travel agencies. Customer wishes to subscribe to SerraLink Ticketing Cloud for online sales, QR-code boarding, gate validation and daily settlement with the scenic-area administration.

### A1. Subscribed Services

- SerraLink Ticketing Cloud, Professional Edition, for up to 40 sales and validation devices and up to 3,000,000 tickets per Subscription Year.
- Set-up Services: configuration of ticket products and prices, integration with Customer's 22 boarding gates, integration with WeChat Pay and UnionPay, migration of open season passes, and training of 30 staff.

### A2. Subscription Term

The Subscription Term is three (3) Subscription Years starting on the Go-Live Date. A Subscription Year is each successive period starting on the Go-Live Date or on an anniversary of it.

### A3. Fees

At Customer's request all fees are quoted, invoiced and paid in Chinese Renminbi (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | 218,000 per Subscription Year x 3 | 654,000 |
| Set-up Fee | one-time | 86,000 |
| **Total Fees** | | **740,000** |

Tickets above the annual volume are charged at CNY 0.02 per ticket, invoiced after each Subscription Year; such overage is not included in the Total Fees.

### A4. Invoicing and Payment

- A4.1 On signature of this Order Form Provider shall invoice the Set-up Fee together with the Subscription Fee for the first Subscription Year, in total CNY 304,000. Customer shall pay that invoice within 15 days after receipt, before the Set-up Services start.
- A4.2 The Subscription Fee for the second and third Subscription Years is invoiced at the start of each of those years and is payable within 30 days.
- A4.3 All amounts are inclusive of VAT. Provider shall issue invoices through its authorised agent in China.

### A5. Go-Live and Acceptance

- A5.1 Provider shall make the Service ready for acceptance testing within 45 days after receipt of the payment under A4.1.
- A5.2 Acceptance testing lasts ten days and is passed when: (a) every ticket product can be sold through each channel; (b) boarding gates validate QR codes within one second; (c) daily sales reports reconcile with WeChat Pay and UnionPay settlement files without difference; (d) migrated season passes are valid; and (e) no Priority 1 incident occurs during the test.
- A5.3 The Go-Live Date is the date on which Customer signs the acceptance certificate. Use of the Service for sales before that date does not mean acceptance.
- A5.4 If the Service is not ready for acceptance testing in time for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

### A6. Renewal

This Order Form does not renew automatically. Any further subscription requires a new Order Form signed by both parties.

## PART B - GENERAL TERMS

### B1. Service Levels

- B1.1 Provider shall make the Service available 99.95% of the time in each calendar month, excluding maintenance announced at least five days in advance and performed between 00:00 and 05:00 Beijing time.
- B1.2 Incident priorities: Priority 1 (no tickets can be sold or validated at any gate): response within 30 minutes, restoration within 3 hours. Priority 2 (one channel or a group of gates fails): response within 2 hours. Priority 3 (other faults): response within one business day.
- B1.3 If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each 0.1 percentage point, up to 50% of that share. A late Priority 1 response earns a credit of CNY 1,000 per started hour of delay. Credits are set off against the next invoice.

### B2. Customer Data

- B2.1 All ticket, passenger, sales and settlement data entered into or generated by the Service ("Customer Data") belong to Customer. Provider shall use Customer Data only to provide the Service to Customer.
- B2.2 The Service for Customer runs in a mainland China region of a cloud provider holding a record at MLPS level 3. Customer Data is encrypted in transit and at rest and shall not be transferred outside mainland China.
- B2.3 Provider shall restrict access to Customer Data to named personnel, keep access logs for at least six months, comply with the Personal Information Protection Law, and notify Customer within 24 hours of any security incident affecting Customer Data. Provider is responsible for losses caused by its breach of this clause.
- B2.4 At the end of the Subscription Term Provider shall return Customer Data in CSV format and then delete it.

### B3. Subcontractors and Sub-processors

Provider may engage subcontractors and sub-processors, including its affiliates and its cloud hosting provider, to perform the Service. Provider shall inform Customer of any new subcontractor by email. Provider remains responsible for their performance.

### B4. Intellectual Property

- B4.1 Provider retains all rights in the Service and its software.
- B4.2 Ticket-product configurations, report templates and gate-integration scripts prepared specifically for Customer belong to Customer, which may use, modify and give them to third parties freely.

### B5. Confidentiality

Each party shall keep the other party's non-public information confidential, use it only for this agreement, and not disclose it without prior written consent. This obligation continues for three years after the Subscription Term.

### B6. Liability

- B6.1 Each party's total liability arising out of or in connection with this agreement in any calendar period is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.
- B6.2 The limit does not apply to breach of B2 or B5 or to wilful misconduct.
- B6.3 Neither party is liable for indirect or consequential loss.

### B7. Termination

- B7.1 Either party may terminate this agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice.
- B7.2 Customer may also terminate if availability falls below 99% in two consecutive months.
- B7.3 On termination by Customer under B7.1 or B7.2, Provider shall refund prepaid fees for the period after termination.

### B8. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

### B8A. Customer Responsibilities

- B8A.1 Customer shall provide the network connections at the ticket centre, the car park and the monkey-park gate, the power supply for kiosks and gates, and a contact person available during Set-up Services.
- B8A.2 Customer is responsible for the prices and conditions of the tickets it sells, for its agreements with travel agencies, and for the instructions it gives to passengers about boarding and park rules.
- B8A.3 Customer shall keep its user accounts secure, assign administrator rights only to authorised staff and promptly disable accounts of staff who leave.

### B8B. Changes to the Service

- B8B.1 Provider may improve the Service from time to time, provided that no change reduces the functions or service levels that Customer has subscribed to.
- B8B.2 Provider shall announce planned changes that affect ticket products, gate validation or payment integration at least 30 days in advance and shall test them in a staging environment that Customer may use.
- B8B.3 Work requested by Customer beyond the Set-up Services, such as new channels or new gate types, will be quoted separately and performed only on Customer's written order.

### B8C. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as earthquakes, landslides that close the mountain roads, or orders of public authorities. The affected party shall notify the other promptly and use reasonable efforts to resume performance. Force majeure does not excuse Customer's payment obligations for Service already provided, and it does not excuse Provider from restoring the Service as soon as the event ends.

### B8D. Notices

Notices under this agreement shall be in writing and sent by courier or email to the addresses in the Order Form. Notices of breach or termination sent by email are effective only when the recipient confirms receipt or a copy is also sent by courier.

### B8E. Assignment

Neither party may assign this agreement without the other party's prior written consent, except that Provider may assign it to an affiliate that takes over the Service, on written notice, if the affiliate accepts all of Provider's obligations. Customer may assign it to a company of its group that takes over the shuttle operation.

### B8F. Service Reviews

Provider's account manager shall meet Customer online each quarter, and on site before the summer peak season, to review availability, incidents, credits and planned changes.

### B9. General

The Order Form prevails over these General Terms. This agreement is made in English and Chinese; both versions have equal effect.

Signed for Customer: ____________________    Signed for Provider: ____________________
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR POTATO STORAGE CELLAR MONITORING SYSTEM
P:Contract No. WLCB-PT-2025-033
P:Buyer: Ulanqab Xinyuan Potato Industry Co., Ltd., Chahar Right Front Banner, Ulanqab, Inner Mongolia Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Thessalia AgriSense Integration S.A., Trikala, Greece (the "Supplier").
P:Recitals. The Buyer stores seed and table potatoes in twelve underground cellars with a total capacity of about 36,000 tonnes. Losses from rot, sprouting and condensation have risen, and the Buyer has decided to monitor temperature, humidity and carbon dioxide in every cellar and to control the ventilation automatically. After a tender the Buyer selected the Supplier. This Contract is on the Buyer's standard terms for equipment projects.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission: 96 wireless sensor nodes for temperature, humidity and CO2; 8 LoRa gateways; 12 ventilation controllers connected to the existing fans and air inlets; and a perpetual licence of the CellarWatch monitoring software for one site, installed on the Buyer's server.
P:1.2 The Supplier shall configure alarm thresholds for each cellar with the Buyer's storage manager, connect the system to the Buyer's SMS platform and train the Buyer's staff.
P:1.3 All equipment shall be new, suitable for operation between minus 30 and plus 45 degrees Celsius and for relative humidity up to 98%, and shall carry the certifications required for sale in China.
H:Section 2 Contract Price
P:2.1 At the Buyer's request, all prices are stated and paid in Chinese Renminbi (CNY). The Contract Price is CNY 780,000, inclusive of VAT, customs duties, transport to site, insurance and all costs of the Supplier.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless sensor node (T/RH/CO2)|96|2,850|273,600
TB:2|LoRa gateway|8|9,400|75,200
TB:3|Ventilation controller|12|16,800|201,600
TB:4|CellarWatch software, perpetual site licence|1|138,000|138,000
TB:|Hardware and Licence Subtotal|||688,400
TB:5|Installation and cabling|1 lot|74,600|74,600
TB:6|Commissioning and training|1 lot|17,000|17,000
TB:|Contract Price|||780,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 78,000) within 15 working days after the Buyer receives an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 429,000) within 15 working days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 273,000) within 15 working days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued through the Supplier's agent in China.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within 60 days after the advance payment and complete installation within 30 days after delivery. Installation shall be done between storage seasons so that no cellar is opened while full.
P:4.2 The Buyer provides power outlets, access to the cellars and a server room. The Supplier's staff shall follow the Buyer's site safety and hygiene rules.
H:Section 5 Acceptance
P:5.1 After installation the system shall run for 30 days in operation with potatoes in store.
P:5.2 Final Acceptance criteria: (a) every sensor node reports at least every ten minutes and no node is silent for more than one hour; (b) temperature readings deviate from a calibrated reference thermometer by no more than 0.3 degrees Celsius in every cellar; (c) each ventilation controller starts and stops the fans correctly at the configured thresholds in a test witnessed by the Buyer; (d) alarms reach the Buyer's duty phones by SMS within two minutes; (e) all documents listed in Annex 2 have been handed over.
P:5.3 When the criteria are met the Buyer shall sign a Final Acceptance certificate within five working days. Installation, commissioning or use of the system do not constitute acceptance.
H:Section 6 Warranty and After-Warranty Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective equipment free of charge, including transport, and supply software updates.
P:6.2 After the warranty period the Buyer may order support for the following years at an annual fee of 7% of the Hardware and Licence Subtotal, that is CNY 48,188 per year. This fee is fixed for three years after the warranty period. Support continues only on the Buyer's written order each year.
P:6.3 The Supplier shall keep spare parts for the equipment available for at least eight years after Final Acceptance.
H:Section 7 Service Levels
P:7.1 The Supplier shall operate a Chinese-language support line through its agent in Hohhot.
P:7.2 Severity 1 (ventilation control or alarms fail in any cellar): remote response within 1 hour, on-site attendance within 24 hours during the storage season. Severity 2 (a gateway or up to ten nodes fail): response within 8 hours, on-site within three days. Severity 3: response within two working days.
P:7.3 For each hour by which a Severity 1 response or attendance time is exceeded, the Supplier shall pay the Buyer CNY 300, which the Buyer may deduct from any amount due or claim under the guarantee.
H:Section 8 Data Protection and Security
P:8.1 All measurement data, alarm records and cellar information collected by the system belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 Data shall be stored on the Buyer's server in China. The Supplier may access the system remotely only with the Buyer's approval for each session through the Buyer's VPN, using personal accounts with two-factor authentication, and shall not copy data out of the system.
P:8.3 The Supplier shall report any security incident affecting the system or the Buyer's data within 12 hours, take measures to contain it, and compensate the Buyer for losses caused by the Supplier's failure to comply with this Section.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's storage volumes, customer information, prices and any other non-public information received under this Contract and shall not disclose it without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:Section 10 Intellectual Property
P:10.1 The CellarWatch software remains the property of the Supplier and is licensed to the Buyer perpetually.
P:10.2 Threshold configurations, cellar layouts, custom reports and interface scripts prepared for the Buyer belong to the Buyer, which may modify them and give them to any other contractor.
H:Section 11 Delay and Liability
P:11.1 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, except local cabling work by the contractor named in Annex 3, which the Buyer approves by signing this Contract.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot.
H:Section 14A Training, Documents and Spare Parts
P:14A.1 The Supplier shall train up to twelve of the Buyer's staff on site in Chinese, covering sensor handling, battery replacement, gateway restart, threshold settings and alarm response, and shall provide a Chinese user manual.
P:14A.2 Before Final Acceptance the Supplier shall hand over installation drawings showing the position of every sensor node, wiring diagrams of the ventilation controllers, the software configuration and a spare-parts list.
P:14A.3 The Supplier shall deliver with the equipment a set of spare sensor nodes and spare batteries as listed in Annex 1, at no extra charge.
H:Section 14B Force Majeure
P:14B.1 Neither party is liable for delay caused by events beyond its control, such as extreme weather, epidemics or government orders, provided it notifies the other party promptly and resumes performance as soon as possible. If such an event lasts more than 90 days, either party may terminate this Contract by written notice and the parties shall settle the work performed.
H:Section 14C Notices and Language
P:14C.1 Notices under this Contract shall be in writing and sent to the addresses above, with a copy by email to the project contacts named in Annex 1. A notice is effective when received. The Supplier's agent in Hohhot may receive notices on the Supplier's behalf during the project.
P:14C.2 Technical discussions may be held in English with an interpreter, but all site instructions, warning labels and manuals for the Buyer's staff shall be in Chinese.
H:Section 15 Miscellaneous
P:15.1 This Contract is made in English and Chinese, and the Chinese version prevails in case of difference. Annexes 1 (Technical Specification), 2 (Documents) and 3 (Subcontractor) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED NETWORK MONITORING SERVICES AGREEMENT

Reference: ADR-ZJ-2025-118

**Customer:** Zhuji Huayue Pearl Processing Co., Ltd., Shanxiahu Town, Zhuji, Zhejiang Province, People's Republic of China ("Customer")

**Provider:** Adriatic NetWatch d.o.o., Obala kralja Tomislava, Makarska, Croatia ("Provider")

Customer grades, drills and strings freshwater pearls in two plants and sells them through a trading hall and an online live-streaming studio in Shanxiahu. Its sorting lines, warehouse system and streaming studio depend on a network of about 180 devices. Provider operates a network operations centre and provides remote monitoring and management of enterprise networks. The parties agree as follows.

## 1. Definitions

1.1 "Monitored Devices" means the switches, firewalls, wireless controllers, access points and internet links listed in Schedule 1.

1.2 "Service Acceptance" means Customer's written confirmation under clause 4.

1.3 "Initial Term" means 24 months from Service Acceptance.

## 2. Services

2.1 Provider shall monitor the Monitored Devices around the clock, detect faults and performance problems, open and manage incidents, coordinate with Customer's internet carriers, apply approved configuration changes and deliver a monthly service report.

2.2 Provider shall use a monitoring collector installed on Customer's premises. The collector sends only device status and performance data to Provider's platform hosted in a data centre in Hangzhou operated by Provider's cloud provider.

2.3 Provider shall name a service manager who speaks Chinese and attends a monthly review with Customer.

## 3. Onboarding

3.1 Provider shall complete onboarding within 40 days after signature: discovery of all Monitored Devices, baseline of normal performance, alarm rules, escalation lists and a runbook for each site.

3.2 If onboarding is not completed on time for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 30,000 in total.

## 4. Service Acceptance

4.1 Acceptance testing lasts 14 days after onboarding.

4.2 The Services are accepted when: (a) every Monitored Device is visible in the platform; (b) simulated failures of a core switch, a firewall and an internet link are detected and reported to Customer within five minutes; (c) the runbooks are approved by Customer's IT manager; and (d) no Priority 1 incident is mishandled during the test.

4.3 Customer shall confirm Service Acceptance in writing within five working days after the criteria are met. Start of monitoring alone is not Service Acceptance.

## 5. Service Levels

5.1 The monitoring platform shall be available to Customer 99.95% of each month.

5.2 Priority levels, response times and resolution targets are set out in Schedule 2.

5.3 If Provider misses a response time or the availability commitment, Customer receives the service credits in Schedule 2. Credits are deducted from the next invoice and do not limit Customer's other remedies for repeated failures.

## 6. Charges and Payment

6.1 At Customer's request all charges are stated and paid in Chinese Renminbi (CNY). The charges are set out in Schedule 3. The Total Charges for the Initial Term are CNY 613,200.

6.2 The Onboarding Charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced at the end of each month for that month. No amount is payable in advance.

6.3 Customer shall pay each undisputed invoice within 30 days after receipt.

## 7. Customer Data and Security

7.1 Configurations, logs, traffic statistics and all other information about Customer's network collected by Provider ("Customer Data") belong to Customer. Provider may use Customer Data only to provide the Services to Customer.

7.2 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named engineers using two-factor authentication, keep access logs for at least six months and hold a valid ISO 27001 certificate.

7.3 Provider shall not make configuration changes without an approved change request, except emergency actions described in the runbook.

7.4 Provider shall notify Customer within 12 hours after becoming aware of any security incident affecting Customer Data or Customer's network and shall take immediate steps to contain it. Provider is liable for losses caused by its breach of this clause 7.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff who need it and are bound by similar duties. Customer's network diagrams, passwords, supplier prices and customer lists are confidential.

8.2 This clause survives for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 Provider keeps all rights in its platform, tools and standard runbook templates.

9.2 The runbooks, alarm rules, network diagrams and reports prepared for Customer belong to Customer, which may use and modify them freely and give them to any other provider.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Charges.

10.2 The limit does not apply to breach of clause 7 or clause 8, personal injury or wilful misconduct.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider's cloud provider named in Schedule 1 is approved by signature of this Agreement.

## 12. Term, Renewal and Termination

12.1 This Agreement starts on signature and continues for the Initial Term. It does not renew automatically; any extension requires a written agreement signed by both parties.

12.2 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after notice.

12.3 Customer may also terminate if the availability commitment is missed in three months of any six.

12.4 On expiry or termination Provider shall remove the collector, hand over all Customer Data and documents, and then delete Customer Data from its platform.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the Republic of Croatia.

13.2 Disputes shall be finally settled by the Permanent Arbitration Court at the Croatian Chamber of Economy in Zagreb, in the English language.

## 13A. Customer Responsibilities

13A.1 Customer shall give Provider read access to the Monitored Devices, maintain the collector's power and network connection, and keep the escalation lists up to date.

13A.2 Customer shall inform Provider in advance of planned work on its network, such as maintenance windows in the sorting plants or changes to the streaming links, so that alarms can be suppressed.

13A.3 Customer remains responsible for the hardware maintenance of its devices and for its contracts with internet carriers. Provider shall coordinate with those carriers on Customer's behalf as Customer's agent for incident purposes only.

## 13B. Reporting and Reviews

13B.1 The monthly service report shall state availability, incidents by priority, response and resolution times, credits due, capacity trends and recommended improvements.

13B.2 At each monthly review the parties shall agree corrective actions for any missed target and record them in minutes signed by both service managers.

## 13C. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other promptly and takes reasonable steps to limit the effect. Monitoring interrupted by such an event shall be resumed as soon as the event ends.

## 13D. Exit Assistance

On expiry or termination Provider shall, for up to 30 days and at the rates in Schedule 3, help Customer or a new provider to take over monitoring, including a handover meeting, export of alarm rules and runbooks, and answers to reasonable questions about the network history.

## 13E. Key Personnel

Provider shall keep the named service manager and at least two senior engineers familiar with Customer's network assigned to the Services during the Initial Term. Any replacement requires one month's notice and a handover, and the new person shall attend the next monthly review with Customer's IT manager.

## 14. General

14.1 Notices shall be in writing and sent to the addresses above by courier or email. This Agreement is the entire agreement of the parties on its subject.

## Schedule 1 - Monitored Devices

Plant 1 (sorting and drilling): 2 core switches, 14 access switches, 1 firewall, 1 wireless controller, 46 access points. Plant 2 (stringing and warehouse): 1 core switch, 9 access switches, 1 firewall, 38 access points. Trading hall and streaming studio: 1 firewall, 6 access switches, 52 access points, 2 internet links, 1 dedicated streaming link. Approved cloud provider: the Hangzhou data centre operator stated in the service order.

## Schedule 2 - Priorities and Service Credits

| Priority | Description | Response | Resolution target | Credit if response is late |
|---|---|---|---|---|
| P1 | Plant or streaming studio offline, or core switch or firewall down | 15 minutes | 3 hours | CNY 800 per started hour |
| P2 | Degraded performance or a group of access points down | 1 hour | 8 hours | CNY 300 per started hour |
| P3 | Single device fault or request | 8 hours | 3 working days | none |

Availability credit: 5% of the Monthly Service Charge for each 0.1 percentage point below the commitment, up to 50% of that charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge | one-time | 42,000 |
| Monthly Service Charge | 23,800 x 24 months | 571,200 |
| **Total Charges** | | **613,200** |

For the Customer: ____________________    For the Provider: ____________________
"""

E05 = """API SUBSCRIPTION AGREEMENT - VEHICLE INSPECTION RECORD CHECK

Agreement number: PK-WH-2025-0072

BETWEEN

Wuhan Chetong Used Vehicle Trading Platform Co., Ltd., a company incorporated in the People's Republic of China, Hanyang District, Wuhan, Hubei Province ("Customer"); and

Podkarpacka Data Systems Sp. z o.o., a company incorporated in Poland, ul. Hetmańska, Rzeszów, Poland ("Vendor").

BACKGROUND

Customer runs an online platform on which dealers and private sellers list used cars for sale. To reduce fraud, Customer wants each listing to be checked against vehicle inspection and maintenance records before it is published. Vendor operates an application programming interface (the "API") that returns inspection, mileage and maintenance records for a vehicle identification number (VIN), using data that Vendor obtains from licensed partners in China. Customer wishes to subscribe to the API on the terms below.

1. DEFINITIONS

1.1 "Query" means one API request for one VIN that returns a result.
1.2 "Subscription Year" means each period starting on the Service Start Date or on an anniversary of it.
1.3 "Service Start Date" means the date of Integration Acceptance under clause 4.
1.4 "Term" means two (2) Subscription Years from the Service Start Date.

2. SERVICE

2.1 Vendor shall provide Customer with access to the API, a test environment, documentation in Chinese and English, and technical support.
2.2 Each Subscription Year includes 200,000 Queries. Unused Queries lapse at the end of the Subscription Year.
2.3 Vendor shall keep the API interface stable. Changes that require Customer to change its integration shall be announced at least 60 days in advance.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are quoted and paid in Chinese Renminbi (CNY). The fees are set out in the Schedule. The Total Fees for the Term are CNY 360,000.
3.2 The Platform Fee is invoiced quarterly in arrears, at the end of each quarter of a Subscription Year. The Integration Fee is invoiced after Integration Acceptance. Queries above the included volume are invoiced monthly at the overage rate in the Schedule and are not part of the Total Fees.
3.3 Customer shall pay each invoice within 30 days. No amount is payable before the Service Start Date.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall make the test environment and the production credentials available within 15 days after signature and shall support Customer's developers during integration.
4.2 Integration Acceptance takes place after a test of ten working days in which: (a) 5,000 sample VINs chosen by Customer are queried and at least 97% return a result; (b) the median response time is under 800 milliseconds and the slowest 1% under three seconds; (c) results for 200 VINs checked by Customer against paper records show no material error; and (d) monthly usage reports reconcile with Customer's logs.
4.3 Customer shall sign an acceptance certificate within five working days after the criteria are met. Production use before that signature is not acceptance.
4.4 If the test environment or the production credentials are provided late for reasons attributable to Vendor, Vendor shall pay Customer CNY 300 for each day of delay.

5. SERVICE LEVELS

5.1 Vendor shall keep the production API available 99.95% of each calendar month, measured by Vendor's monitoring and checked against Customer's logs.
5.2 Incident priorities and response times: Priority 1 (the API is unavailable or returns errors for more than 10% of Queries): response within six hours. Priority 2 (slow responses or missing data for some regions): response within one business day. Priority 3 (questions and minor faults): response within three business days.
5.3 Service credits: for each 0.1 percentage point by which monthly availability falls short, 5% of the monthly share of the Platform Fee, up to 50% of that share; for each late Priority 1 response, CNY 500. Credits are deducted from the next invoice.

6. CUSTOMER DATA

6.1 VINs submitted by Customer, query logs and the results delivered to Customer ("Customer Data") belong to Customer. Vendor shall use Customer Data only to provide the API to Customer and shall not sell it, disclose it or use it to build profiles of Customer's users or vehicles.
6.2 Vendor shall process Customer Data only on servers in mainland China, encrypt it in transit and at rest, limit access to named staff with two-factor authentication, keep query logs for no longer than 180 days and comply with the Personal Information Protection Law and the Data Security Law.
6.3 Vendor shall notify Customer within 12 hours of any security incident affecting Customer Data, cooperate in the investigation and bear the losses caused by its breach of this clause 6.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business and technical information and the terms of this Agreement, and shall not disclose them without prior written consent, except to advisers under a duty of confidence or where required by law. This obligation continues for three years after the Term.

8. INTELLECTUAL PROPERTY

8.1 The API, its software and Vendor's database remain Vendor's property. Customer may use results returned by the API in its platform and show them to its users.
8.2 Any adapters, mappings or scripts that Vendor writes specifically for Customer's integration belong to Customer, which may use and modify them freely.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to twice the Total Fees.
9.2 The limit does not apply to breach of clause 6 or clause 7 or to wilful misconduct.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract the operation of the API or support services without Customer's prior written consent. Vendor's data partners supply records to Vendor and are not subcontractors for this purpose.

11. TERM AND TERMINATION

11.1 This Agreement runs from signature until the end of the Term and then ends. It does not renew automatically.
11.2 The Term is a committed term. Neither party may terminate this Agreement before the end of the Term for any reason, including breach by the other party. Customer's remedies for any failure of the Service are the service credits in clause 5 and damages under clause 9.
11.3 At the end of the Term Vendor shall deliver the query logs to Customer and then delete Customer Data.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

12A. CUSTOMER RESPONSIBILITIES

12A.1 Customer shall keep its API credentials secret, use the API only for checking vehicles listed or to be listed on its own platform, and not resell results or give access to third parties.
12A.2 Customer shall inform its users, in its platform rules, that listed vehicles are checked against inspection and maintenance records and that the results are shown to buyers.
12A.3 Customer shall give Vendor at least 30 days' notice of expected peaks in query volume, such as promotional campaigns, so that Vendor can plan capacity.

12B. DATA ACCURACY

12B.1 Vendor shall obtain records only from partners that are lawfully entitled to supply them and shall keep evidence of that entitlement, which Customer may review on request.
12B.2 Vendor shall correct any error in a result within two business days after Customer reports it, and shall tell Customer which other results may be affected.
12B.3 Vendor does not guarantee that a record exists for every VIN; a reply that no record exists is a valid result.

12C. REPORTING

12C.1 Vendor shall send Customer a monthly report showing Queries used, availability, incidents and credits due. The parties shall meet online each quarter to review the Service.

12D. FORCE MAJEURE

12D.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible. Service credits remain due for unavailability that is not caused by such an event.

12E. CHANGES TO THE API

12E.1 Vendor may add new fields or functions to the API at any time. Vendor shall not remove fields used by Customer's integration or change their meaning during the Term without Customer's written agreement.
12E.2 Vendor shall keep the previous version of the API running for at least 60 days after a new version is released, so that Customer can test and switch at a time of its choosing.

12F. NOTICES

12F.1 Notices shall be in writing and sent to the addresses above by courier or by email to the contacts named in the Schedule. Notices sent by email take effect when the recipient confirms receipt.

12G. AUDIT

12G.1 Once in each Subscription Year Customer may ask Vendor to show, by documents or an online meeting, how it meets clause 6, including access lists and the result of its latest security assessment.

13. GENERAL

13.1 This Agreement is made in English and Chinese; the Chinese text prevails.
13.2 Neither party may assign this Agreement without the other party's written consent.

SCHEDULE - FEES

Platform Fee: CNY 168,000 per Subscription Year, including 200,000 Queries; CNY 336,000 for the Term.
Integration Fee: CNY 24,000, one-time.
Total Fees for the Term: CNY 360,000.
Overage rate: CNY 0.65 per Query above the included volume.

SIGNATURES

For Customer: ____________________    Name and title: ____________________
For Vendor: ____________________    Name and title: ____________________
"""

# ---------------------------------------------------------------- targets
FILES = {
    "h360z01": ("h360z01_forestry_fire_monitoring_platform.pdf", "pdf", Z01),
    "h360z02": ("h360z02_carton_plant_corrugator_control_retrofit.docx", "docx", Z02),
    "h360z03": ("h360z03_maternity_centre_chain_care_scheduling_saas.txt", "txt", Z03),
    "h360z04": ("h360z04_taxi_supervision_platform_annual_om.txt", "txt", Z04),
    "h360z05": ("h360z05_vermicelli_traceability_supplier_template.md", "md", Z05),
    "h360e01": ("h360e01_lacquer_inlay_layout_perpetual_licences_nl_vendor.pdf", "pdf", E01),
    "h360e02": ("h360e02_emei_shuttle_ticketing_saas_order_form_pt_vendor.md", "md", E02),
    "h360e03": ("h360e03_potato_cellar_sensors_buyer_paper_gr_integrator.docx", "docx", E03),
    "h360e04": ("h360e04_pearl_processor_managed_network_monitoring_hr_provider.md", "md", E04),
    "h360e05": ("h360e05_used_car_inspection_record_api_pl_vendor.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

# per contract: language, category, kind, value, terms, extra, meta (fee base for TCO, forum outside mainland)
L = {}
L["h360z01"] = dict(lang="zh", cat="hardware", kind="goods_or_licence", value=3260000, t=dict(
    availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=652000 / 3260000 * 100,
    warranty_months=36, post_warranty_fee_pct=6), capped=True, base=2840400)
L["h360z02"] = dict(lang="zh", cat="hardware", kind="goods_or_licence", value=1750000, t=dict(
    p1_response_hours=0.5, ld_rate_per_day_pct=0.02, liability_cap_pct=50, prepayment_pct=350000 / 1750000 * 100,
    warranty_months=24, post_warranty_fee_pct=8.5), capped=True, base=1358000)
L["h360z03"] = dict(lang="zh", cat="cloud", kind="service", value=1119600, t=dict(
    availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=800 / 1119600 * 100,
    liability_cap_pct=150, final_payment_on_acceptance=None, auto_renewal_price_increase=True))
L["h360z04"] = dict(lang="zh", cat="services", kind="service", value=586000, t=dict(
    availability_pct=99.95, p1_response_hours=0.25, sla_remedy=False, data_security_clause=False,
    ld_rate_per_day_pct=0.1, final_payment_on_acceptance=None))
L["h360z05"] = dict(lang="zh", cat="software", kind="goods_or_licence", value=692000, t=dict(
    sla_remedy=False, ip_owner="supplier", confidentiality=False, prepayment_pct=346000 / 692000 * 100,
    acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=3, subcontract_without_consent=True),
    capped=False, base=368000, sla=False, ld=False, deemed=True)
L["h360e01"] = dict(lang="en", cat="software", kind="goods_or_licence", value=540000, t=dict(
    p1_response_hours=2, ld_rate_per_day_pct=450 / 540000 * 100, liability_cap_pct=150,
    prepayment_pct=108000 / 540000 * 100, warranty_months=18, post_warranty_fee_pct=24, governing_law="Netherlands"),
    capped=True, base=480000)
L["h360e02"] = dict(lang="en", cat="cloud", kind="service", value=740000, t=dict(
    availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=600 / 740000 * 100,
    liability_cap_pct=6 / 36 * 100, prepayment_pct=(86000 + 218000) / 740000 * 100, final_payment_on_acceptance=None,
    subcontract_without_consent=True))
L["h360e03"] = dict(lang="en", cat="hardware", kind="goods_or_licence", value=780000, t=dict(
    p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=78000 / 780000 * 100,
    warranty_months=36, post_warranty_fee_pct=7), capped=True, base=688400)
L["h360e04"] = dict(lang="en", cat="services", kind="service", value=613200, t=dict(
    availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=500 / 613200 * 100, liability_cap_pct=150,
    final_payment_on_acceptance=None, governing_law="Croatia"))
L["h360e05"] = dict(lang="en", cat="cloud", kind="service", value=360000, t=dict(
    availability_pct=99.95, p1_response_hours=6, ld_rate_per_day_pct=300 / 360000 * 100, liability_cap_pct=200,
    final_payment_on_acceptance=None, termination_for_breach=False))

EXPECTED = {
    "h360z01": [], "h360e03": [],
    "h360e04": ["CR-GOVERNING-LAW"],
    "h360z02": ["CR-LD-LOW", "CR-LIABILITY-CAP"],
    "h360z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h360z04": ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"],
    "h360z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "h360e01": ["CR-GOVERNING-LAW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h360e02": ["CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-SUBCONTRACT"],
    "h360e05": ["CR-SLA-RESPONSE", "CR-TERMINATION"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}


def label(key):
    d = L[key]
    terms = dict(OK)
    terms.update(d["t"])
    terms["contract_kind"] = d["kind"]
    terms = {k: terms[k] for k in TERM_KEYS}
    extra = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld", True)}
    if d["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["value"]
    return {"file": FILES[key][0], "language": d["lang"], "category": d["cat"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(EXPECTED[key])}


def tco(key):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years, pro rata."""
    d, lab = L[key], label(key)
    t = lab["expected_terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    fee = t["post_warranty_fee_pct"] / 100 * d["base"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    total = d["value"] + post
    return fee, years, total, post / total * 100


def derive(key):
    """The rules a reader of policy.md derives from the label (a check of the label's consistency)."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    tc = tco(key)
    if tc and tc[3] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {r: ("high" if r in HIGH else "low" if r == "CR-GOVERNING-LAW" else "medium") for r in rules}
    return "high" if "high" in sev.values() else "medium" if "medium" in sev.values() else "low"


def off_thresholds(key):
    t = label(key)["expected_terms"]
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
              ("post_warranty_fee_pct", 15)]
    for k, thr in checks:
        v = t[k]
        assert v is None or abs(v - thr) > 1e-6, (key, k, v)
    tc = tco(key)
    if tc:
        assert abs(tc[3] - 40) > 0.5 and abs(tc[1] - 5) > 1e-9 or tc[1] == 0, (key, tc)


# ---------------------------------------------------------------- threshold scan
CN = "〇零一二三四五六七八九十百千两"
PATTERNS = [
    ("availability 99.9", r"(?<![\d.])99\.9(?![\d])|九十九点九(?![五一二三四六七八九])"),
    ("P1 4 hours", r"(?<![\d.])4\s*(个)?(工作)?(小时|小時|hours?|hrs?\b|h\b|working hours?)"
                   r"|(?<![" + CN + r"])四\s*(个)?(工作)?小时|(?<![-\w])four\s*(\(4\)\s*)?(working\s+)?hours?"
                   r"|(?<![\d.])240\s*(分钟|minutes?|mins?)"),
    ("delay 0.05 %", r"(?<![\d.])0\.050*(?!\d)|万分之五(?![十])|0\.5\s*‰|千分之零点五"),
    ("100 %", r"(?<![\d.])100\s*(%|％|per\s*cent|percent)|百分之百|百分之一百|one hundred per\s*cent"),
    ("30 %", r"(?<![\d.])30\s*(%|％|per\s*cent|percent)|百分之三十(?![一二三四五六七八九点])|三成|thirty\s+per\s*cent"),
    ("40 %", r"(?<![\d.])40\s*(%|％|per\s*cent|percent)|百分之四十(?![一二三四五六七八九点])|四成|forty\s+per\s*cent"),
    ("15 %", r"(?<![\d.])15\s*(%|％|per\s*cent|percent)|百分之十五(?![一二三四五六七八九点])|fifteen\s+per\s*cent"),
    ("12 months / one year", r"(?<![\d.])12\s*(个)?月|(?<![\d.])12[\s-]*months?|(?<![" + CN + r"])十二\s*个?月"
                              r"|(?<![" + CN + r"])一\s*年|(?<![\d.])1\s*年|\bone[\s-]+(\(1\)\s*)?years?\b"
                              r"|(?<![\d.])1[\s-]+years?\b|\btwelve[\s-]+(\(12\)\s*)?months?"),
    ("5 years / 60 months", r"(?<![\d.])5\s*(个)?年|(?<![\d.])5[\s-]+years?|(?<![" + CN + r"])五\s*个?年"
                             r"|\bfive[\s-]+(\(5\)\s*)?years?|(?<![\d.])60\s*(个)?月|(?<![\d.])60[\s-]+months?"
                             r"|(?<![" + CN + r"])六十\s*个?月|\bsixty[\s-]+(\(60\)\s*)?months?"),
]
MUST_HIT = ["99.9%", "九十九点九", "4小时", "4 个小时", "四小时", "four hours", "four (4) hours", "240分钟", "240 minutes",
            "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "30 per cent", "40%",
            "百分之四十", "forty per cent", "15%", "百分之十五", "fifteen per cent", "12个月", "十二个月", "12 months",
            "一年", "one year", "one (1) year", "twelve months", "5年", "五年", "five years", "five (5) years",
            "60个月", "60 months", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "115%", "0.15%", "四十二个月",
                "2025年", "2026年6月30日", "十五个工作日", "15 days", "300 元", "0.1%", "万分之八", "三十日", "四十五日",
                "第十二条", "18 months", "三个服务年度", "十五年", "48 hours", "0.5 hours", "120%", "230%", "45%",
                "二十五个月", "3 years", "百分之三十五", "14 hours", "1,500 元"]


def scan(text):
    hits = []
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    for name, pat in PATTERNS:
        for i, v in enumerate(variants):
            if i == 2 and not re.search(r"[\u4e00-\u9fff]", pat):
                continue  # the whitespace-free copy is for Chinese patterns only
            for m in re.finditer(pat, v, re.I):
                if i == 2 and not re.search(r"[\u4e00-\u9fff]", m.group(0)):
                    continue
                hits.append((name, m.group(0), v[max(0, m.start() - 15):m.end() + 15]))
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
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, text) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(text, encoding="utf-8")
            print("wrote", name)
    fired = set()
    problems = []
    for k, (name, kind, _) in FILES.items():
        lab = label(k)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        if lab["language"] == "zh":
            n, unit, lo, hi = len(text), "chars", 2800, 3300
        else:
            n, unit, lo, hi = len(text.split()), "words", 1500, 1700
        if not lo <= n <= hi:
            problems.append("%s length %d %s outside %d-%d" % (k, n, unit, lo, hi))
        hits = scan(text) + scan(FILES[k][2])
        if hits:
            problems.append("%s threshold text: %s" % (k, sorted(set(hits))))
        off_thresholds(k)
        der = derive(k)
        if der != lab["expected_rules"]:
            problems.append("%s derived %s != expected %s" % (k, der, lab["expected_rules"]))
        fired |= set(der)
        tc = tco(k)
        print("%s %-66s %5d %s  risk %-6s %s%s" % (k, name, n, unit, risk(der), ", ".join(r[3:] for r in der) or "(none)",
              "" if not tc else "  [TCO fee %.2f x %.2f y, total %.2f, share %.2f %%]" % tc))
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append("rules never fired: %s" % missing)
    counts = sorted(len(EXPECTED[k]) for k in FILES)
    print("findings per contract:", counts)
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    assert counts.count(0) == 2 and counts.count(1) == 1 and counts[-1] >= 8 and all(2 <= c <= 3 for c in counts[3:9])
    assert risk(EXPECTED["h360e04"]) == "low" and risk([]) == "low"
    print("all checks passed; every one of the 20 CR rules fires at least once")


if __name__ == "__main__":
    main()
